namespace FaqBot.Tests.Browser;

// ChromiumFactAttribute's rule for theories: skipped only when chromium is absent outside CI.
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{ChromiumFactAttribute.ChromiumPath} not found: install it with `apt-get install -y chromium` (.ci/run does; required when CI=true).";
        }
    }
}

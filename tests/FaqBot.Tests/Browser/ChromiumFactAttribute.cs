namespace FaqBot.Tests.Browser;

// A fact that needs Debian's chromium. Skipped (with the fix in the message) only when chromium is absent and
// CI is not "true"; under CI=true the test runs and fails loudly instead.
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{ChromiumPath} not found: install it with `apt-get install -y chromium` (.ci/run does; required when CI=true).";
        }
    }
}

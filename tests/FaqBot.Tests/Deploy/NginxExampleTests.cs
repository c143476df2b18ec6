using System.Text.RegularExpressions;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Deploy;

// The nginx example (deploy/nginx/faqbot.conf) is what most clinics will copy: it must keep the Teams endpoint and
// the metrics closed at the proxy and never write a stream token (?t=) to its access log. nginx itself is not on
// the test machines, so the file is read, not run.
public sealed partial class NginxExampleTests
{
    private static readonly string Config = File.ReadAllText(Path.Combine(Repo.Root, "deploy", "nginx", "faqbot.conf"));

    [Theory]
    [InlineData("/api/messages")]
    [InlineData("/metrics")]
    public void Location_ClosedAtTheProxy_Returns404(string path)
    {
        var block = Regex.Match(Config, @"location\s*=\s*" + Regex.Escape(path) + @"\s*\{(?<body>[^}]*)\}");

        Assert.True(block.Success, $"no exact-match location for {path}");
        Assert.Matches(@"^\s*return\s+404\s*;\s*$", block.Groups["body"].Value);
    }

    [Fact]
    public void AccessLog_FormatWithoutQueryString_UsedByTheSite()
    {
        var format = LogFormat().Match(Config);

        Assert.True(format.Success, "no log_format faqbot_noquery");
        Assert.Contains("$uri", format.Groups["format"].Value, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\$(request|request_uri|args|query_string|arg_\w+)\b", format.Groups["format"].Value);
        Assert.Matches(@"access_log\s+\S+\s+faqbot_noquery\s*;", Config);
        Assert.DoesNotMatch(@"access_log\s+\S+\s*;", Config);
    }

    [GeneratedRegex(@"log_format\s+faqbot_noquery\s+(?<format>'[^;]*');")]
    private static partial Regex LogFormat();
}

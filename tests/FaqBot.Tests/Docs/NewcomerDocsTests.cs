using System.Reflection;
using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.RegularExpressions;
using FaqBot.Tests.Cli;
using FaqBot.Tests.Cli.TeamsPackage;
using FaqBot.Tests.Core.KnowledgeBase;
using FaqBot.Tests.Core.KnowledgeBase.Fixtures;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Docs;

// Issue 13 points 8 and 9, and its screenshots: what the README and docs tell a newcomer is what they find. Each test
// reads the document itself, so an edit to either side that makes them disagree fails here.
public sealed partial class NewcomerDocsTests
{
    private static string Read(string relative) => File.ReadAllText(Path.Combine(Repo.Root, relative));

    [Fact]
    public void Readme_AskJsonKeys_AreExactlyWhatAskJsonPrints()
    {
        var listed = AskJsonKeys().Match(Read("README.md"));
        Assert.True(listed.Success, "README no longer lists ask --json's keys as `{\"kind\", \"passages\": [{…}], …}`");
        var passageKeys = QuotedNames(listed.Groups["passage"].Value);
        var topKeys = QuotedNames(listed.Groups["before"].Value + listed.Groups["after"].Value);
        using var pdf = new TempKnowledgeBase().WriteBytes("aftercare.pdf", SampleDocuments.Aftercare().ToBytes());

        using var text = AskJson(Repo.KnowledgeBase, "how long does a session last");
        using var fromPdf = AskJson(pdf.Root, "can i operate machinery after my session");

        Assert.Equal(topKeys, text.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(passageKeys.Where(k => k != "page"), text.RootElement.GetProperty("passages")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(passageKeys, fromPdf.RootElement.GetProperty("passages")[0].EnumerateObject().Select(p => p.Name)); // page: PDFs only
    }

    [Fact]
    public void ReadmeAndTeamsMd_FaqbotBinary_IsWhereTheBuildTheyNamePutsIt()
    {
        var cli = typeof(FaqBot.Cli.CliApp).Assembly;
        var framework = new FrameworkName(cli.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
        var releasePath = $"src/FaqBot.Cli/bin/Release/net{framework.Version.Major}.{framework.Version.Minor}/{cli.GetName().Name}";
        // The tests' own build built the CLI the same way, in the tests' configuration (Debug or Release).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var built = Path.Combine(Repo.Root, releasePath.Replace("/Release/", $"/{configuration}/", StringComparison.Ordinal));

        foreach (var document in new[] { "README.md", "docs/teams.md" })
        {
            var text = Read(document);
            Assert.True(text.Contains("`dotnet build -c Release src/FaqBot.Cli`", StringComparison.Ordinal), $"{document}: no build command for faqbot");
            Assert.True(text.Contains(releasePath, StringComparison.Ordinal), $"{document} does not name {releasePath}");
        }

        Assert.Equal("faqbot", cli.GetName().Name);
        Assert.True(File.Exists(built), built + " does not exist after the build");
    }

    [Fact]
    public void Readme_Screenshots_AreThePageAndTheWidgetAtBothSizes()
    {
        var referenced = ImageReference().Matches(Read("README.md")).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(
            ["chat-page-1280x800.png", "chat-page-390x844.png", "widget-1280x800.png", "widget-390x844.png"],
            referenced.Order(StringComparer.Ordinal));
        Assert.All(referenced, name =>
        {
            var png = File.ReadAllBytes(Path.Combine(Repo.Root, "docs", "images", name));
            var size = Regex.Match(name, @"(\d+)x(\d+)");
            var (width, height, _, _) = PngReader.ReadHeader(png);
            Assert.Equal((int.Parse(size.Groups[1].Value), int.Parse(size.Groups[2].Value)), (width, height));
            Assert.True(png.Length > 10_000, $"{name}: {png.Length} bytes");
        });
    }

    // "Host names differ between docs" (point 9): FaqBot's own host is faq.example-clinic.org everywhere, the clinic's
    // site (which embeds the widget) www.example-clinic.org; no other example host.
    [Fact]
    public void DocsAndDeployFiles_NameOneHostForFaqBot()
    {
        string[] files = [Path.Combine(Repo.Root, "README.md"), Path.Combine(Repo.Root, "Dockerfile"), .. Directory.GetFiles(Path.Combine(Repo.Root, "docs"), "*.md"),
            .. Directory.GetFiles(Path.Combine(Repo.Root, "deploy"), "*", SearchOption.AllDirectories)];

        var hosts = files.SelectMany(f => ExampleHost().Matches(File.ReadAllText(f)).Select(m => $"{m.Value} ({Path.GetFileName(f)})")).ToList();

        Assert.All(hosts, host => Assert.Matches("^(faq|www)\\.example-clinic\\.org ", host));
        Assert.Contains("server_name faq.example-clinic.org;", Read("deploy/nginx/faqbot.conf"), StringComparison.Ordinal);
    }

    private static JsonDocument AskJson(string knowledgeBase, string question)
    {
        var (code, output, error) = CliRunner.Run("ask", "--kb", knowledgeBase, "--json", question);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output.Trim());
    }

    private static List<string> QuotedNames(string text) => [.. Regex.Matches(text, "\"(\\w+)\"").Select(m => m.Groups[1].Value)];

    // README's ask row: exactly `{"kind", "passages": [{"text", …}], "reply", …}`.
    [GeneratedRegex("exactly `\\{(?<before>[^`\\[]*)\\[\\{(?<passage>[^`\\]]*)\\}\\](?<after>[^`]*)\\}`")]
    private static partial Regex AskJsonKeys();

    [GeneratedRegex(@"!\[[^\]]*\]\(docs/images/([^)]+)\)")]
    private static partial Regex ImageReference();

    [GeneratedRegex(@"\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(example-clinic\.[a-z]+|example\.(org|com|net)|example|test|invalid)\b")]
    private static partial Regex ExampleHost();
}

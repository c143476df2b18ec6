using System.Text.RegularExpressions;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Deploy;

// Issue 13 point 9: docs/deployment.md's publish command, the systemd unit and the Dockerfile run the same published
// server from the same folders, and the container build can run the npm step the build needs. (The publish command
// and the unit were tried by hand, docs/deployment.md says how; these checks keep the three from drifting apart.)
public sealed class DeploymentFilesTests
{
    private static readonly string ServerDll = typeof(FaqBot.Server.FaqBotApp).Assembly.GetName().Name + ".dll";

    private static string Read(string relative) => File.ReadAllText(Path.Combine(Repo.Root, relative));

    [Fact]
    public void DeploymentMd_PublishCommand_WritesWhereTheServiceRunsIt()
    {
        var deployment = Read("docs/deployment.md");
        var unit = Read("deploy/systemd/faqbot.service");

        Assert.Contains("dotnet publish src/FaqBot.Server -c Release -o /opt/faqbot", deployment, StringComparison.Ordinal);
        Assert.Matches(new Regex($"(?m)^ExecStart=/usr/bin/dotnet /opt/faqbot/{Regex.Escape(ServerDll)} --urls http://127\\.0\\.0\\.1:3978$"), unit);
        Assert.Matches(new Regex("(?m)^WorkingDirectory=/srv/faqbot$"), unit);
        Assert.Matches(new Regex("(?m)^ReadWritePaths=/srv/faqbot/data$"), unit); // the only place it writes
        Assert.Contains("deploy/systemd/faqbot.service", deployment, StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_BuildsWithNpmAndRunsThePublishedServer()
    {
        var dockerfile = Read("Dockerfile");

        Assert.Matches(new Regex("(?m)^FROM mcr\\.microsoft\\.com/dotnet/sdk:10\\.0 AS build$"), dockerfile);
        Assert.Matches(new Regex("apt-get install [^\\n]*\\bnpm\\b"), dockerfile); // the build runs npm ci for Web Chat
        Assert.Matches(new Regex("(?m)^RUN dotnet publish src/FaqBot\\.Server -c Release -o /app$"), dockerfile);
        Assert.Matches(new Regex("(?m)^COPY --from=build /app /opt/faqbot$"), dockerfile);
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"/opt/faqbot/{ServerDll}\"]", dockerfile, StringComparison.Ordinal);
        Assert.Matches(new Regex("(?m)^FROM mcr\\.microsoft\\.com/dotnet/aspnet:10\\.0$"), dockerfile); // no SDK, no npm when running
    }

    [Theory]
    [InlineData("src/FaqBot.Server/ClientApp/package-lock.json")] // npm ci inside the build
    [InlineData("src/FaqBot.Server/ClientApp/package.json")]
    [InlineData("appsettings.json")]
    [InlineData("knowledge-base/synonyms.txt")]
    [InlineData("global.json")]
    public void DockerIgnore_KeepsWhatTheBuildNeeds(string path)
    {
        var ignored = Read(".dockerignore").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.True(File.Exists(Path.Combine(Repo.Root, path)), path + " is not in the repository");
        Assert.DoesNotContain(ignored, pattern => Ignores(pattern, path));
    }

    // .dockerignore's patterns as used there: "**/" for any folder, a trailing "/" for a folder and all below it.
    private static bool Ignores(string pattern, string path)
    {
        var regex = "^" + Regex.Escape(pattern.TrimEnd('/')).Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "(/.*)?$";
        return Regex.IsMatch(path, regex);
    }
}

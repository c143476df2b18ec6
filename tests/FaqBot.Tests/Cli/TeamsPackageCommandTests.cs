using System.IO.Compression;
using System.Text.Json.Nodes;
using FaqBot.Tests.Cli.TeamsPackage;

namespace FaqBot.Tests.Cli;

public sealed class TeamsPackageCommandTests : IDisposable
{
    private const string AppId = "6b4f2a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b";

    private readonly string _dir = Directory.CreateTempSubdirectory("faqbot-teams-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void TeamsPackage_ValidArguments_WritesZipWithManifestAndIconsAtRoot()
    {
        var zipPath = Path.Combine(_dir, "clinic.zip");

        var (code, output, error) = CliRunner.Run("teams-package", "--app-id", AppId, "--host", "faq.example-clinic.org", "--out", zipPath, "--name", "Clinic FAQ Bot");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains(zipPath, output, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal((192, 192), Size(Read(zip, "color.png")));
        Assert.Equal((32, 32), Size(Read(zip, "outline.png")));
    }

    [Fact]
    public void TeamsPackage_ValidArguments_ManifestPassesSchemaRules()
    {
        var zipPath = Path.Combine(_dir, "clinic.zip");

        var (code, _, _) = CliRunner.Run("teams-package", "--app-id", AppId, "--host", "faq.example-clinic.org", "--out", zipPath, "--name", "Clinic FAQ Bot");

        Assert.Equal(0, code);
        using var zip = ZipFile.OpenRead(zipPath);
        var manifest = JsonNode.Parse(Read(zip, "manifest.json"))!.AsObject();
        Assert.Empty(TeamsManifestRules.Validate(manifest));
        Assert.Equal("Clinic FAQ Bot", manifest["name"]!["short"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("faq.example-clinic.org", manifest["validDomains"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-guid", "faq.example-clinic.org", "--app-id must be a GUID")]
    [InlineData(AppId, "https://faq.example-clinic.org", "--host must be a bare host name")]
    [InlineData(AppId, "faq.example-clinic.org/bot", "--host must be a bare host name")]
    [InlineData(AppId, "faq.example-clinic.org:8443", "--host must be a bare host name")]
    public void TeamsPackage_InvalidArgument_Exit2WithClearErrorAndNoFile(string appId, string host, string expected)
    {
        var zipPath = Path.Combine(_dir, "bad.zip");

        var (code, _, error) = CliRunner.Run("teams-package", "--app-id", appId, "--host", host, "--out", zipPath);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Theory]
    [InlineData("--host", "faq.example-clinic.org", "needs --app-id")]
    [InlineData("--app-id", AppId, "needs --host")]
    public void TeamsPackage_MissingOption_Exit2NamingIt(string option, string value, string expected)
    {
        var (code, _, error) = CliRunner.Run("teams-package", option, value, "--out", Path.Combine(_dir, "x.zip"));

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TeamsPackage_NameTooLong_Exit2()
    {
        var (code, _, error) = CliRunner.Run("teams-package", "--app-id", AppId, "--host", "faq.example-clinic.org", "--out", Path.Combine(_dir, "x.zip"), "--name", new string('x', 31));

        Assert.Equal(2, code);
        Assert.Contains("--name (TeamsApp:Name) must be 1–30 characters", error, StringComparison.Ordinal);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static (int Width, int Height) Size(byte[] png)
    {
        var (width, height, _, _) = PngReader.ReadHeader(png);
        return (width, height);
    }
}

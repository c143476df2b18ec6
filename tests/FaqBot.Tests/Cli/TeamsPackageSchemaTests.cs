using System.IO.Compression;
using System.Text.Json.Nodes;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Cli;

// Issue 13 point 7: the package's manifest validates against the JSON schema of the version it declares (Microsoft's
// @microsoft/app-manifest package), with every option set and with none; the options and the configuration reach it.
public sealed class TeamsPackageSchemaTests : IDisposable
{
    private const string AppId = "6b4f2a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
    private static readonly string Validator = Path.Combine(Repo.Root, "tests", "FaqBot.Tests", "Cli", "TeamsPackage", "validate-manifest.cjs");

    private readonly string _dir = Directory.CreateTempSubdirectory("faqbot-teams-schema-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task TeamsPackage_Defaults_ManifestValidatesAgainstDeclaredSchema()
    {
        var manifest = WritePackage();

        var (code, output) = await NodeScript.RunAsync(Validator, manifest);

        Assert.True(code == 0, output);
        Assert.StartsWith("OK build/json-schemas/teams/v1.24/", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsPackage_EveryOption_ReachesManifestThatValidates()
    {
        var manifest = WritePackage("--version", "2.3.4", "--developer", "Harbour Clinic", "--website", "https://harbour.example/",
            "--privacy-url", "https://harbour.example/privacy", "--terms-url", "https://harbour.example/terms", "--name", "Harbour FAQ");

        var (code, output) = await NodeScript.RunAsync(Validator, manifest);
        var json = JsonNode.Parse(File.ReadAllText(manifest))!;

        Assert.True(code == 0, output);
        Assert.Equal("2.3.4", json["version"]!.GetValue<string>());
        Assert.Equal("Harbour Clinic", json["developer"]!["name"]!.GetValue<string>());
        Assert.Equal("https://harbour.example/", json["developer"]!["websiteUrl"]!.GetValue<string>());
        Assert.Equal("https://harbour.example/privacy", json["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://harbour.example/terms", json["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        Assert.Equal("Harbour FAQ", json["name"]!["short"]!.GetValue<string>());
    }

    [Fact]
    public void TeamsPackage_Configuration_GivesClinicNameAccentColourAndClinicPages()
    {
        var config = Path.Combine(_dir, "appsettings.json");
        File.WriteAllText(config, """
            { "Clinic": { "Name": "Lakeside Clinic", "Scope": "I answer questions about our infusions." },
              "Website": { "AccentColor": "#224466", "PrivacyUrl": "https://lakeside.example/privacy" },
              "TeamsApp": { "Version": "1.4.0" } }
            """);

        var json = JsonNode.Parse(File.ReadAllText(WritePackage("--config", config)))!;

        Assert.Equal("1.4.0", json["version"]!.GetValue<string>());
        Assert.Equal("Lakeside Clinic", json["developer"]!["name"]!.GetValue<string>());
        Assert.Equal("#224466", json["accentColor"]!.GetValue<string>());
        Assert.Equal("https://lakeside.example/privacy", json["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://faq.example-clinic.org/terms", json["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        Assert.StartsWith("Lakeside Clinic", json["description"]!["short"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("our infusions", json["description"]!["full"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    // The other configuration keys teams.md names; an option beats its key; with no Website:AccentColor the package
    // still has the site's colour (the CLI cannot reference the server, so the default is written twice).
    [Fact]
    public void TeamsPackage_TeamsAppKeys_ReachTheManifest_OptionsWin_AccentIsTheSitesDefault()
    {
        var config = Path.Combine(_dir, "appsettings.json");
        File.WriteAllText(config, """
            { "TeamsApp": { "DeveloperName": "Lakeside Health", "WebsiteUrl": "https://lakeside.example/", "Version": "1.4.0" },
              "Website": { "TermsUrl": "https://lakeside.example/terms" } }
            """);

        var json = JsonNode.Parse(File.ReadAllText(WritePackage("--config", config, "--version", "1.5.0")))!;

        Assert.Equal("1.5.0", json["version"]!.GetValue<string>());
        Assert.Equal("Lakeside Health", json["developer"]!["name"]!.GetValue<string>());
        Assert.Equal("https://lakeside.example/", json["developer"]!["websiteUrl"]!.GetValue<string>());
        Assert.Equal("https://lakeside.example/terms", json["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        Assert.Equal("https://faq.example-clinic.org/privacy", json["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal(new FaqBot.Server.Website.WebsiteOptions().AccentColor, json["accentColor"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("--version", "1.0", "--version (TeamsApp:Version) must be MAJOR.MINOR.PATCH")]
    [InlineData("--privacy-url", "http://clinic.example/privacy", "--privacy-url (Website:PrivacyUrl) must be an https:// address")]
    [InlineData("--website", "clinic.example", "--website (TeamsApp:WebsiteUrl) must be an https:// address")]
    [InlineData("--developer", "A developer name that is far too long for Teams", "--developer (TeamsApp:DeveloperName, else Clinic:Name) must be 1–32")]
    public void TeamsPackage_BadOption_Exit2NamingItAndNoFile(string option, string value, string expected)
    {
        var zip = Path.Combine(_dir, "bad.zip");

        var (code, _, error) = CliRunner.Run("teams-package", "--app-id", AppId, "--host", "faq.example-clinic.org", "--out", zip, option, value);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    // Writes the package with the options and returns the path of its extracted manifest.json.
    private string WritePackage(params string[] options)
    {
        var zip = Path.Combine(_dir, "clinic.zip");
        var (code, _, error) = CliRunner.Run(["teams-package", "--app-id", AppId, "--host", "faq.example-clinic.org", "--out", zip, .. options]);
        Assert.True(code == 0, error);
        var manifest = Path.Combine(_dir, "manifest.json");
        using var archive = ZipFile.OpenRead(zip);
        archive.GetEntry("manifest.json")!.ExtractToFile(manifest, overwrite: true);
        return manifest;
    }
}

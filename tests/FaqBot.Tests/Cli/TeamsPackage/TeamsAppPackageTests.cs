using System.IO.Compression;
using System.Text.Json.Nodes;
using FaqBot.Cli.Commands.TeamsPackage;

namespace FaqBot.Tests.Cli.TeamsPackage;

public sealed class TeamsAppPackageTests
{
    private static readonly TeamsAppPackageOptions Options = new() { AppId = "6b4f2a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b", Host = "faq.example-clinic.org" };

    [Fact]
    public void Write_DefaultOptions_ManifestPassesSchemaRules()
    {
        using var zip = Package(Options);

        var manifest = ReadManifest(zip);

        Assert.Empty(TeamsManifestRules.Validate(manifest));
    }

    [Fact]
    public void Write_DefaultOptions_HasBotScopesCommandsAndHostUrls()
    {
        using var zip = Package(Options);

        var manifest = ReadManifest(zip);

        var bot = manifest["bots"]![0]!;
        Assert.Equal(Options.AppId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var titles = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>());
        Assert.Equal(["help", "sources", "stats", "reload"], titles);
        Assert.Equal(["faq.example-clinic.org"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("https://faq.example-clinic.org/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
    }

    [Fact]
    public void Write_Package_HasExactlyThreeFilesAtZipRoot()
    {
        using var zip = Package(Options);

        var names = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal);

        Assert.Equal(["color.png", "manifest.json", "outline.png"], names);
    }

    [Fact]
    public void Write_ColorIcon_Is192SquareFullColour()
    {
        using var zip = Package(Options);

        var png = ReadEntry(zip, "color.png");

        Assert.Equal((192, 192, (byte)8, (byte)6), PngReader.ReadHeader(png));
        var pixels = PngReader.ReadRgba(png);
        Assert.All(Enumerable.Range(0, pixels.Length / 4), i => Assert.Equal(255, pixels[(i * 4) + 3]));
        Assert.Contains(Enumerable.Range(0, pixels.Length / 4), i => pixels[i * 4] == 0x1A && pixels[(i * 4) + 1] == 0x6E);
    }

    [Fact]
    public void Write_OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        using var zip = Package(Options);

        var png = ReadEntry(zip, "outline.png");

        Assert.Equal((32, 32, (byte)8, (byte)6), PngReader.ReadHeader(png));
        var pixels = PngReader.ReadRgba(png);
        var pixelIndexes = Enumerable.Range(0, 32 * 32).ToList();
        Assert.All(pixelIndexes, i => Assert.True(pixels[(i * 4) + 3] == 0 || (pixels[i * 4] == 255 && pixels[(i * 4) + 1] == 255 && pixels[(i * 4) + 2] == 255)));
        Assert.Contains(pixelIndexes, i => pixels[(i * 4) + 3] == 0);
        Assert.Contains(pixelIndexes, i => pixels[(i * 4) + 3] == 255);
    }

    [Fact]
    public void Write_Icon_EndsWithStandardIendChunkCrc()
    {
        using var zip = Package(Options);

        var png = ReadEntry(zip, "outline.png");

        Assert.Equal([0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82], png[^8..]);
    }

    [Theory]
    [InlineData("not-a-guid", "faq.example-clinic.org", "1.0.0", "#2E6F73")]
    [InlineData("6b4f2a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b", "https://faq.example-clinic.org", "1.0.0", "#2E6F73")]
    [InlineData("6b4f2a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b", "faq.example-clinic.org", "1.0", "#2E6F73")]
    [InlineData("6b4f2a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b", "faq.example-clinic.org", "1.0.0", "teal")]
    public void Write_InvalidOption_Throws(string appId, string host, string version, string color)
    {
        var options = new TeamsAppPackageOptions { AppId = appId, Host = host, Version = version, AccentColor = color };
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentException>(() => TeamsAppPackage.Write(stream, options));
    }

    [Fact]
    public void Write_NameTooLongForSchema_Throws()
    {
        var options = new TeamsAppPackageOptions { AppId = Options.AppId, Host = Options.Host, Name = new string('x', 31) };
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentException>(() => TeamsAppPackage.Write(stream, options));
    }

    [Fact]
    public void Validate_ManifestBreakingRules_ReportsEachRule()
    {
        var manifest = TeamsAppPackage.BuildManifest(Options);
        manifest["accentColor"] = "red";
        manifest["id"] = "abc";
        manifest["name"]!["short"] = new string('n', 31);
        manifest["unexpected"] = true;

        var errors = TeamsManifestRules.Validate(manifest);

        Assert.Equal(4, errors.Count);
    }

    private static ZipArchive Package(TeamsAppPackageOptions options)
    {
        var stream = new MemoryStream();
        TeamsAppPackage.Write(stream, options);
        stream.Position = 0;
        return new ZipArchive(stream, ZipArchiveMode.Read);
    }

    private static JsonObject ReadManifest(ZipArchive zip) => JsonNode.Parse(ReadEntry(zip, "manifest.json"))!.AsObject();

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace FaqBot.Tests.Server.Website;

// Issue 13 point 6: Web Chat's 3.9 MB bundle and the page's own files are sent compressed, under fingerprinted names
// cached for a year; the page itself is revalidated each time, so a new build is picked up at once.
public sealed partial class StaticAssetsTests
{
    [Fact]
    public async Task ChatPage_ReferencesOnlyFingerprintedScriptsAndStyles()
    {
        await using var server = await FaqBotTestServer.StartAsync();

        var html = await server.Client.GetStringAsync("/");

        var references = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, references.Count); // chat.css, webchat.js, chat-session.js, chat-phone.js, chat.js
        Assert.All(references, path => Assert.Matches(@"\.[a-z0-9]{10}\.(js|css)$", path));
    }

    [Fact]
    public async Task WebChatBundle_Fingerprinted_IsGzippedAndCachedForAYear()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        var html = await server.Client.GetStringAsync("/");
        var bundle = AssetReference().Matches(html).Select(m => m.Groups[1].Value).Single(p => p.StartsWith("lib/webchat.", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Get, bundle);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.InRange(response.Content.Headers.ContentLength!.Value, 100_000, 1_500_000);
        Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task ChatPage_Itself_IsRevalidatedEachTime()
    {
        await using var server = await FaqBotTestServer.StartAsync();

        using var response = await server.Client.GetAsync("/");

        Assert.True(response.Headers.CacheControl!.NoCache);
    }

    [Fact]
    public async Task Favicon_IsTheClinicsInitialsOnItsColour_AndIcoPointsToIt()
    {
        await using var server = await FaqBotTestServer.StartAsync(["Website:AccentColor=#224466", "Website:BotAvatarInitials=AB"]);
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseUri };

        using var ico = await noRedirects.GetAsync("favicon.ico");
        using var svg = await server.Client.GetAsync("favicon.svg");
        var body = await svg.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.MovedPermanently, ico.StatusCode);
        Assert.Equal("favicon.svg", ico.Headers.Location!.OriginalString);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("fill=\"#224466\"", body, StringComparison.Ordinal);
        Assert.Contains(">AB</text>", body, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"favicon.svg\"", await server.Client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:src|href)=\"((?:lib/)?(?:webchat|chat[a-z-]*)\\.[^\"]+)\"")]
    private static partial Regex AssetReference();
}

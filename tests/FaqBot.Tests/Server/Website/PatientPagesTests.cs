using System.Net;

namespace FaqBot.Tests.Server.Website;

// Issue 13 point 7: the privacy and terms links of the Teams package (and the chat page's Privacy link) lead to real
// pages, made from docs/privacy.md and the clinic's settings; or to the clinic's own pages when configured.
public sealed class PatientPagesTests
{
    [Fact]
    public async Task Privacy_Default_SaysWhatThisServerKeepsAndForHowLong()
    {
        await using var server = await FaqBotTestServer.StartAsync(
            ["Clinic:Name=Harbour Clinic", "DirectLine:ConversationIdleMinutes=45", "Storage:EventRetentionDays=30", "Storage:StoreQuestionText=false"]);

        using var response = await server.Client.GetAsync("privacy");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("Harbour Clinic", html, StringComparison.Ordinal);
        Assert.Contains("deleted 45 minutes after your last message", html, StringComparison.Ordinal);
        Assert.Contains("after 30 days", html, StringComparison.Ordinal);
        Assert.Contains("(not what you typed)", html, StringComparison.Ordinal);
        Assert.Contains(FaqBotTestServer.Disclaimer, html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terms_Default_IsServedWithTheDisclaimerAndAPrivacyLink()
    {
        await using var server = await FaqBotTestServer.StartAsync();

        var html = await server.Client.GetStringAsync("terms");

        Assert.Contains("Terms of use", html, StringComparison.Ordinal);
        Assert.Contains(FaqBotTestServer.Disclaimer, html, StringComparison.Ordinal);
        Assert.Contains("href=\"privacy\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivacyAndTerms_ClinicUrlsConfigured_RedirectThereAndThePageLinksThere()
    {
        await using var server = await FaqBotTestServer.StartAsync(
            ["Website:PrivacyUrl=https://clinic.example/privacy-policy", "Website:TermsUrl=https://clinic.example/terms"]);
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseUri };

        using var privacy = await noRedirects.GetAsync("privacy");
        using var terms = await noRedirects.GetAsync("terms");

        Assert.Equal("https://clinic.example/privacy-policy", privacy.Headers.Location!.ToString());
        Assert.Equal("https://clinic.example/terms", terms.Headers.Location!.ToString());
        Assert.Contains("href=\"https://clinic.example/privacy-policy\"", await server.Client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Section_MissingMarker_FailsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FaqBot.Server.Website.PatientPages.Section("# nothing", "privacy"));

        Assert.Contains("privacy", error.Message, StringComparison.Ordinal);
    }
}

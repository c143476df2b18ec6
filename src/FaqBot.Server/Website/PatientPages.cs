using System.Globalization;
using System.Text.RegularExpressions;
using FaqBot.Core.Answering;
using FaqBot.Channels.DirectLine;
using FaqBot.Storage;
using Markdig;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Website;

// /privacy and /terms: the patient-facing sections of docs/privacy.md (embedded at build), filled in from the clinic's
// settings, so the page always says what this server really keeps and for how long.
public sealed partial class PatientPages
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    public PatientPages(IOptions<ClinicOptions> clinic, IOptions<DirectLineOptions> directLine, IOptions<StorageOptions> storage,
        IOptions<WebsiteOptions> website, StaticAssetRoutes assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var source = HtmlPage.EmbeddedText("FaqBot.Server.privacy.md");
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ClinicName"] = clinic.Value.Name,
            ["Contact"] = clinic.Value.Contact,
            ["Disclaimer"] = clinic.Value.Disclaimer,
            // The one line on what to do in an emergency, in the clinic's own locale (Clinic:CrisisResources).
            ["CrisisText"] = clinic.Value.CrisisResourcesFor(clinic.Value.CrisisLocale).Resources.WelcomeNote,
            ["ConversationIdleMinutes"] = directLine.Value.ConversationIdleMinutes.ToString(CultureInfo.InvariantCulture),
            ["EventRetentionDays"] = storage.Value.EventRetentionDays.ToString(CultureInfo.InvariantCulture),
            ["QuestionText"] = storage.Value.StoreQuestionText ? "the question as you typed it," : "(not what you typed),",
        };
        var title = website.Value.ResolveTitle(clinic.Value.Name);
        Privacy = Build(Section(source, "privacy"), values, title, assets);
        Terms = Build(Section(source, "terms"), values, title, assets);
    }

    public string Privacy { get; }

    public string Terms { get; }

    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    // The text between <!-- patient-page: NAME --> and <!-- /patient-page -->, headings raised two levels (### → #).
    internal static string Section(string markdown, string name)
    {
        var start = markdown.IndexOf($"<!-- patient-page: {name} -->", StringComparison.Ordinal);
        var end = start < 0 ? -1 : markdown.IndexOf("<!-- /patient-page -->", start, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException($"docs/privacy.md has no patient-page section '{name}'.");
        }

        var body = markdown[(markdown.IndexOf('\n', start) + 1)..end];
        return HeadingPrefix().Replace(body, m => new string('#', m.Groups[1].Length - 2) + " ");
    }

    private static string Build(string section, Dictionary<string, string> values, string title, StaticAssetRoutes assets)
    {
        var filled = Placeholder().Replace(section, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
        var html = Markdown.ToHtml(filled, Pipeline);
        return HtmlPage.Render(title, assets["page.css"], $"<main>\n{html}</main>\n");
    }

    [GeneratedRegex(@"\{\{([A-Za-z]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(#{3,6}) ", RegexOptions.Multiline)]
    private static partial Regex HeadingPrefix();
}

namespace FaqBot.Cli.Commands.TeamsPackage;

/// <summary>What goes into the Teams app manifest.</summary>
internal sealed class TeamsAppPackageOptions
{
    /// <summary>The bot's Microsoft App ID (a GUID); also the Teams app id unless <see cref="TeamsAppId"/> is set.</summary>
    public required string AppId { get; init; }

    /// <summary>Public host name of the FaqBot server, e.g. faq.example-clinic.org (no scheme, no path).</summary>
    public required string Host { get; init; }

    /// <summary>Teams app id (GUID) when it should differ from the bot id.</summary>
    public string? TeamsAppId { get; init; }

    /// <summary>Short app name (≤ 30 characters).</summary>
    /// <value>The default value is "Clinic FAQ".</value>
    public string Name { get; init; } = "Clinic FAQ";

    /// <summary>Full app name (≤ 100 characters); defaults to <see cref="Name"/>.</summary>
    public string? FullName { get; init; }

    /// <summary>Developer (clinic) name shown in the store listing (≤ 32 characters).</summary>
    /// <value>The default value is "Clinic".</value>
    public string DeveloperName { get; init; } = "Clinic";

    /// <summary>The developer's (clinic's) website, https.</summary>
    /// <value>The default value is null, meaning https://<see cref="Host"/>/.</value>
    public string? WebsiteUrl { get; init; }

    /// <summary>The privacy statement's address, https.</summary>
    /// <value>The default value is null, meaning FaqBot's own page https://<see cref="Host"/>/privacy.</value>
    public string? PrivacyUrl { get; init; }

    /// <summary>The terms of use's address, https.</summary>
    /// <value>The default value is null, meaning FaqBot's own page https://<see cref="Host"/>/terms.</value>
    public string? TermsUrl { get; init; }

    /// <summary>Short description (≤ 80 characters).</summary>
    public string ShortDescription { get; init; } = "Answers from the clinic's own documents, with sources.";

    /// <summary>Full description (≤ 4000 characters).</summary>
    public string FullDescription { get; init; } =
        "Answers questions about the clinic's ketamine therapy by quoting the clinic's own documents and naming "
        + "the source of each quote. Not medical advice. Staff commands: sources, stats, reload.";

    /// <summary>App version (semver MAJOR.MINOR.PATCH); raise it for every upload.</summary>
    /// <value>The default value is 1.0.0.</value>
    public string Version { get; init; } = "1.0.0";

    /// <summary>Accent colour (#RRGGBB) behind the colour icon: the website's, so both look alike.</summary>
    /// <value>The default value is #1A6E8E, the website's default accent colour.</value>
    public string AccentColor { get; init; } = "#1A6E8E";

    /// <summary>The website URL in effect.</summary>
    public string EffectiveWebsiteUrl => WebsiteUrl ?? $"https://{Host}/";

    /// <summary>The privacy URL in effect.</summary>
    public string EffectivePrivacyUrl => PrivacyUrl ?? $"https://{Host}/privacy";

    /// <summary>The terms-of-use URL in effect.</summary>
    public string EffectiveTermsUrl => TermsUrl ?? $"https://{Host}/terms";
}

using System.Security.Cryptography.X509Certificates;

namespace FaqBot.Channels.BotFramework.Authentication;

/// <summary>The bot's identity and the Bot Framework endpoints, bound from the standard configuration keys.</summary>
public sealed class BotFrameworkAuthenticationOptions
{
    /// <summary>Public-cloud OpenID metadata of the Bot Framework channel service.</summary>
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Public-cloud Entra authority base URL for the bot's outbound token.</summary>
    public const string DefaultOAuthAuthority = "https://login.microsoftonline.com";

    /// <summary>The only issuer accepted for channel tokens.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>The bot's Microsoft App ID (config key <c>MicrosoftAppId</c>); empty disables authentication.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app's client secret (config key <c>MicrosoftAppPassword</c>).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Certificate (with private key) used instead of the secret for outbound tokens (<c>BotFramework:CertificatePath</c>).</summary>
    public X509Certificate2? ClientCertificate { get; set; }

    /// <summary>The app's Entra tenant (config key <c>MicrosoftAppTenantId</c>); required for SingleTenant.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>SingleTenant, MultiTenant or UserAssignedMSI (config key <c>MicrosoftAppType</c>).</summary>
    /// <value>The default value is SingleTenant.</value>
    public string MicrosoftAppType { get; set; } = BotAppTypes.SingleTenant;

    /// <summary>OpenID metadata URL whose jwks_uri lists the channel's signing keys (<c>BotFramework:OpenIdMetadataUrl</c>).</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Entra authority base URL used for outbound tokens (<c>BotFramework:OAuthAuthority</c>).</summary>
    public string OAuthAuthority { get; set; } = DefaultOAuthAuthority;

    /// <summary>Allowed clock difference when checking nbf and exp.</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched signing keys are used before a periodic refresh (5 minutes to 24 hours).</summary>
    /// <value>The default value is 12 hours.</value>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Minimum time between refreshes triggered by a token with an unknown key id.</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether the OpenID metadata and key set must come over HTTPS. Only the server in the Development environment
    /// (and tests against a local OpenID server) turn this off; a token's signing keys fetched over plain HTTP could be
    /// swapped by anyone on the path.
    /// </summary>
    /// <value>The default value is true.</value>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Development only (<c>BotFramework:AllowUnauthenticatedLoopback</c>): without an App ID, serve <c>/api/messages</c>
    /// to callers on this machine whose activities name a loopback serviceUrl (Bot Framework Emulator, local tests).
    /// </summary>
    /// <value>The default value is false: without an App ID the endpoint is not served at all.</value>
    public bool AllowUnauthenticatedLoopback { get; set; }

    /// <summary>True when an App ID is configured, so requests must carry a valid channel token.</summary>
    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Checks the combination of keys and returns the first problem, naming the key, or null.</summary>
    public string? Validate()
    {
        if (!BotAppTypes.IsKnown(MicrosoftAppType))
        {
            return $"MicrosoftAppType '{MicrosoftAppType}' is not one of SingleTenant, MultiTenant, UserAssignedMSI.";
        }

        if (!IsAuthenticationEnabled)
        {
            return null;
        }

        if (BotAppTypes.Is(MicrosoftAppType, BotAppTypes.SingleTenant) && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            return "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.";
        }

        if (!BotAppTypes.Is(MicrosoftAppType, BotAppTypes.UserAssignedMsi) && string.IsNullOrWhiteSpace(MicrosoftAppPassword) && ClientCertificate is null)
        {
            return "MicrosoftAppPassword (or BotFramework:CertificatePath) is required when MicrosoftAppId is set (SingleTenant or MultiTenant).";
        }

        if (ClientCertificate is { HasPrivateKey: false })
        {
            return "BotFramework:CertificatePath must point to a certificate with its private key (PFX/PKCS#12).";
        }

        // IdentityModel's configuration manager refreshes at most every 5 minutes.
        if (KeyRefreshInterval < TimeSpan.FromMinutes(5) || KeyRefreshInterval > TimeSpan.FromHours(24))
        {
            return "BotFramework:KeyRefreshInterval must be between 00:05:00 and 24:00:00.";
        }

        if (RequireHttpsMetadata && !OpenIdMetadataUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return $"BotFramework:OpenIdMetadataUrl must be an https:// address outside the Development environment (it is '{OpenIdMetadataUrl}').";
        }

        return null;
    }
}

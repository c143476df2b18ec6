using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Channels.BotFramework.Connector;
using FaqBot.Bot.Teams;
using FaqBot.Server.Configuration;
using FaqBot.Server.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace FaqBot.Server.BotFramework;

public static class BotFrameworkServiceExtensions
{
    // Keys of the standard Bot Framework configuration (same names as the SDK and Azure's templates).
    public const string AppIdKey = "MicrosoftAppId";
    public const string AppPasswordKey = "MicrosoftAppPassword";
    public const string AppTenantIdKey = "MicrosoftAppTenantId";
    public const string AppTypeKey = "MicrosoftAppType";
    public const string OpenIdMetadataUrlKey = "BotFramework:OpenIdMetadataUrl";
    public const string OAuthAuthorityKey = "BotFramework:OAuthAuthority";
    public const string CertificatePathKey = "BotFramework:CertificatePath";
    public const string CertificatePasswordKey = "BotFramework:CertificatePassword";
    public const string AllowUnauthenticatedLoopbackKey = "BotFramework:AllowUnauthenticatedLoopback";
    public const string StaffTenantIdsKey = "Teams:StaffTenantIds";

    // Registers the Bot Framework channel pieces (auth, Connector client, adapter, staff policy). The IBot is
    // registered by the turn logic. Bad identity settings throw here, naming the key; the Connector and staff
    // sections are validated when the host starts. Only in the Development
    // environment may the channel's OpenID metadata and keys come over plain HTTP (a local test server).
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration, bool isDevelopment = false)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var auth = ReadAuthenticationOptions(configuration, isDevelopment);
        services.AddValidatedOptions<ConnectorClientOptions>(configuration, ConnectorClientOptions.SectionName)
            .ValidateWith<ConnectorClientOptions, ConnectorClientOptionsValidator>();
        services.AddValidatedOptions<StaffAccessOptions>(configuration, StaffAccessOptions.SectionName)
            .ValidateWith<StaffAccessOptions, StaffAccessOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RateLimitingOptions>();
        services.TryAddSingleton<RequestRateLimiter>();
        services.TryAddSingleton<RejectionGate>();
        services.AddSingleton(auth);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ConnectorClientOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StaffAccessOptions>>().Value);
        services.AddSingleton<StaffAccessPolicy>();
        services.AddSingleton(sp => new ChannelSigningKeys(
            CreateHttpClient(TimeSpan.FromSeconds(10)), auth, sp.GetRequiredService<ILogger<ChannelSigningKeys>>()));
        services.AddSingleton(sp => new BotFrameworkAuthenticator(auth, sp.GetRequiredService<ChannelSigningKeys>(), sp.GetRequiredService<TimeProvider>()));

        // Tests replace the factory to reach a local HTTPS token endpoint; MSAL accepts no plain-HTTP authority.
        services.TryAddSingleton<IMsalHttpClientFactory, ConnectorHttpClientFactory>();
        services.AddSingleton(sp => new ConnectorTokenProvider(
            auth, sp.GetRequiredService<IMsalHttpClientFactory>(), sp.GetRequiredService<ILogger<ConnectorTokenProvider>>()));
        services.AddSingleton(sp => new ConnectorClient(
            CreateHttpClient(TimeSpan.FromSeconds(30)), sp.GetRequiredService<ConnectorTokenProvider>(), sp.GetRequiredService<ConnectorClientOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ConnectorClient>>()));
        services.AddSingleton<BotFrameworkAdapter>();
        return services;
    }

    public static BotFrameworkAuthenticationOptions ReadAuthenticationOptions(IConfiguration configuration, bool isDevelopment = false)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = NonEmpty(configuration[AppIdKey]),
            MicrosoftAppPassword = NonEmpty(configuration[AppPasswordKey]),
            MicrosoftAppTenantId = NonEmpty(configuration[AppTenantIdKey]),
            MicrosoftAppType = NonEmpty(configuration[AppTypeKey]) ?? BotAppTypes.SingleTenant,
            OpenIdMetadataUrl = NonEmpty(configuration[OpenIdMetadataUrlKey]) ?? BotFrameworkAuthenticationOptions.DefaultOpenIdMetadataUrl,
            OAuthAuthority = NonEmpty(configuration[OAuthAuthorityKey]) ?? BotFrameworkAuthenticationOptions.DefaultOAuthAuthority,
            AllowUnauthenticatedLoopback = ReadBoolean(configuration, AllowUnauthenticatedLoopbackKey),
            RequireHttpsMetadata = !isDevelopment,
        };
        if (NonEmpty(configuration["BotFramework:KeyRefreshInterval"]) is { } interval)
        {
            options.KeyRefreshInterval = TimeSpan.TryParse(interval, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new BotFrameworkConfigurationException($"Bot Framework configuration: BotFramework:KeyRefreshInterval '{interval}' is not a time span (hh:mm:ss).");
        }

        if (NonEmpty(configuration[CertificatePathKey]) is { } certificatePath)
        {
            options.ClientCertificate = LoadCertificate(certificatePath, configuration[CertificatePasswordKey]);
        }

        if (options.Validate() is { } problem)
        {
            throw new BotFrameworkConfigurationException("Bot Framework configuration: " + problem);
        }

        return options;
    }

    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new BotFrameworkConfigurationException($"Bot Framework configuration: {CertificatePathKey} '{path}' could not be loaded: {ex.Message}", ex);
        }
    }

    // One long-lived client per component; connections are recycled so DNS changes are picked up.
    private static HttpClient CreateHttpClient(TimeSpan timeout) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = timeout };

    private static bool ReadBoolean(IConfiguration configuration, string key) => NonEmpty(configuration[key]) switch
    {
        null => false,
        var text when bool.TryParse(text, out var value) => value,
        var text => throw new BotFrameworkConfigurationException($"Bot Framework configuration: {key} must be true or false, not '{text}'."),
    };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

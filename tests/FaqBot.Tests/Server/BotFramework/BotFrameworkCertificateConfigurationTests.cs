using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FaqBot.Server.BotFramework;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;

namespace FaqBot.Tests.Server.BotFramework;

// BotFramework:CertificatePath: the app's certificate (PFX with its private key) instead of a client secret for MSAL;
// a file that cannot serve is refused at start-up, naming the key.
public sealed class BotFrameworkCertificateConfigurationTests : IDisposable
{
    private const string Password = "pfx-pass";

    private readonly string _folder = Directory.CreateTempSubdirectory("faqbot-cert-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReadAuthenticationOptions_PfxWithPrivateKey_UsedInsteadOfSecret()
    {
        using var certificate = CreateCertificate();
        var path = Write("app.pfx", certificate.Export(X509ContentType.Pkcs12, Password));

        var options = BotFrameworkServiceExtensions.ReadAuthenticationOptions(Configuration(path, Password));

        Assert.Null(options.MicrosoftAppPassword);
        Assert.NotNull(options.ClientCertificate);
        Assert.True(options.ClientCertificate.HasPrivateKey);
        Assert.Equal(certificate.Thumbprint, options.ClientCertificate.Thumbprint);
    }

    [Fact]
    public void ReadAuthenticationOptions_MissingFile_ThrowsNamingTheKey()
    {
        var error = Assert.Throws<BotFrameworkConfigurationException>(
            () => BotFrameworkServiceExtensions.ReadAuthenticationOptions(Configuration(Path.Combine(_folder, "absent.pfx"), Password)));

        Assert.Contains(BotFrameworkServiceExtensions.CertificatePathKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAuthenticationOptions_WrongPassword_ThrowsNamingTheKey()
    {
        using var certificate = CreateCertificate();
        var path = Write("app.pfx", certificate.Export(X509ContentType.Pkcs12, Password));

        var error = Assert.Throws<BotFrameworkConfigurationException>(
            () => BotFrameworkServiceExtensions.ReadAuthenticationOptions(Configuration(path, "not-the-password")));

        Assert.Contains(BotFrameworkServiceExtensions.CertificatePathKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAuthenticationOptions_PfxWithoutPrivateKey_ThrowsNamingTheKey()
    {
        using var certificate = CreateCertificate();
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
        var path = Write("public.pfx", publicOnly.Export(X509ContentType.Pkcs12, Password));

        var error = Assert.Throws<BotFrameworkConfigurationException>(
            () => BotFrameworkServiceExtensions.ReadAuthenticationOptions(Configuration(path, Password)));

        Assert.Contains(BotFrameworkServiceExtensions.CertificatePathKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("private key", error.Message, StringComparison.Ordinal);
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        return new CertificateRequest("CN=faqbot-app", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static IConfiguration Configuration(string certificatePath, string password) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppTenantId"] = "clinic-tenant",
            [BotFrameworkServiceExtensions.CertificatePathKey] = certificatePath,
            [BotFrameworkServiceExtensions.CertificatePasswordKey] = password,
        })
        .Build();
}

using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FaqBot.TeamsLoadTest;

// The channel service's identity endpoints (OpenID metadata, keys, Entra token) must be HTTPS: FaqBot refuses plain
// HTTP metadata outside Development and MSAL refuses a plain-HTTP authority. This self-signed certificate for
// 127.0.0.1 serves them; FaqBot's process trusts it through SSL_CERT_FILE (OpenSSL's trust file, which .NET reads on
// Linux), pointing at a PEM written for this run, so FaqBot itself runs unchanged in Production.
internal sealed class LoopbackTls : IDisposable
{
    private LoopbackTls(X509Certificate2 certificate, string trustFile)
    {
        Certificate = certificate;
        TrustFile = trustFile;
    }

    public X509Certificate2 Certificate { get; }

    public string TrustFile { get; }

    public static LoopbackTls Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
        var trustFile = Path.Combine(Path.GetTempPath(), $"faqbot-teams-bench-{Environment.ProcessId}.pem");
        File.WriteAllText(trustFile, certificate.ExportCertificatePem());
        return new LoopbackTls(certificate, trustFile);
    }

    // The environment FaqBot's process needs to trust the certificate (and only it: nothing else is reached).
    public IReadOnlyDictionary<string, string> ServerEnvironment => new Dictionary<string, string> { ["SSL_CERT_FILE"] = TrustFile, ["SSL_CERT_DIR"] = "/nonexistent" };

    public void Dispose()
    {
        File.Delete(TrustFile);
        Certificate.Dispose();
    }
}

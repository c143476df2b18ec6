using System.Net;
using FaqBot.Server.Website;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Server;

public sealed class ForwardedHeadersSetupTests
{
    [Fact]
    public void Create_AddressesAndNetworks_TrustedBesideLoopback()
    {
        var options = ForwardedHeadersSetup.Create(["10.0.0.0/24", " 192.168.1.5 ", "", "fd00::/8"]);

        Assert.Contains(IPAddress.Parse("192.168.1.5"), options.KnownProxies);
        Assert.Contains(options.KnownIPNetworks, n => n.Contains(IPAddress.Loopback));
        Assert.Contains(options.KnownIPNetworks, n => n.Contains(IPAddress.Parse("10.0.0.77")));
        Assert.Contains(options.KnownIPNetworks, n => n.Contains(IPAddress.Parse("fd00::1")));
        Assert.DoesNotContain(options.KnownIPNetworks, n => n.Contains(IPAddress.Parse("10.0.1.1")));
    }

    [Theory]
    [InlineData("load-balancer.internal")]
    [InlineData("10.0.0.0/99")]
    public void Create_NotAnAddress_FailsNamingTheSetting(string entry)
    {
        var error = Assert.Throws<OptionsValidationException>(() => ForwardedHeadersSetup.Create([entry]));

        Assert.Contains("Website:TrustedProxies", error.Message, StringComparison.Ordinal);
        Assert.Contains(entry, error.Message, StringComparison.Ordinal);
    }
}

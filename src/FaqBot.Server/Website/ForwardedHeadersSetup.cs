using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Website;

// Which proxies' X-Forwarded-* headers count: loopback always, plus Website:TrustedProxies (a load balancer on
// another machine, as in docs/deployment.md). Per-visitor rate limits and wss:// stream URLs depend on them.
public static class ForwardedHeadersSetup
{
    public static ForwardedHeadersOptions Create(IEnumerable<string> trustedProxies)
    {
        ArgumentNullException.ThrowIfNull(trustedProxies);
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
        };
        foreach (var entry in trustedProxies.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                throw new OptionsValidationException(WebsiteOptions.SectionName, typeof(WebsiteOptions),
                    [$"Website:TrustedProxies has '{entry}', which is neither an IP address nor a network such as 10.0.0.0/24."]);
            }
        }

        return options;
    }
}

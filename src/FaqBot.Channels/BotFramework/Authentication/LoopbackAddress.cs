using System.Net;

namespace FaqBot.Channels.BotFramework.Authentication;

/// <summary>Tells whether an address or URL stays on this machine.</summary>
public static class LoopbackAddress
{
    /// <summary>True for an absolute http(s) URL whose host is <c>localhost</c> or a loopback IP (127.0.0.0/8, ::1).</summary>
    public static bool IsLoopbackUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        // Uri.IsLoopback resolves nothing: "localhost" by name, otherwise only literal loopback addresses.
        return uri.IsLoopback;
    }

    /// <summary>True for a loopback IP address, including IPv4 loopback mapped to IPv6.</summary>
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace FaqBot.Server.RateLimiting;

// The key a client is counted under in the rate limits: its IPv4 address, or the /64 network of its IPv6 address
// (one subscriber usually gets a whole /64, so counting single IPv6 addresses would let anyone rotate through
// billions of them). The address is the client's after trusted proxies' X-Forwarded-For.
public static class ClientAddress
{
    public static string KeyOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return KeyOf(context.Connection.RemoteIpAddress);
    }

    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return string.Create(CultureInfo.InvariantCulture, $"{new IPAddress(bytes)}/64");
    }
}

using System.Net.Sockets;
using Npgsql;

namespace FaqBot.Storage.Postgres;

/// <summary>Which failures mean "the database is unreachable or overloaded, try later" rather than a bug.</summary>
internal static class PostgresErrors
{
    /// <summary>Connection-level failures: network errors, server shutting down or starting, out of resources.</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException postgres => IsUnavailableState(postgres.SqlState) || postgres.IsTransient,
        NpgsqlException npgsql => npgsql.IsTransient || HasNetworkCause(npgsql),
        SocketException or IOException or TimeoutException => true,
        _ => false,
    };

    /// <summary>
    /// The server ended our (pooled, idle) session before the command ran: it sent "terminating connection" instead of
    /// running it, so nothing was committed and running the command again on a new connection is safe.
    /// </summary>
    public static bool IsSessionTerminated(Exception exception) =>
        exception is PostgresException { SqlState: "57P01" or "57P02" or "57P03" };

    private static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
        || sqlState.StartsWith("53", StringComparison.Ordinal) // insufficient resources (disk full, too many connections)
        || sqlState is "57P01" or "57P02" or "57P03"; // admin/crash shutdown, cannot connect now

    private static bool HasNetworkCause(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException or IOException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}

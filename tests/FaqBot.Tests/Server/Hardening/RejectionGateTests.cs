using FaqBot.Server.RateLimiting;
using FaqBot.Tests.Server.BotFramework;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Server.Hardening;

// Rejections are logged at most once per client per interval: each client has its own line, and the next interval's
// line says how many were refused meanwhile.
public sealed class RejectionGateTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly ListLoggerProvider _logs = new();
    private readonly LoggerFactory _loggerFactory;

    public RejectionGateTests() => _loggerFactory = new LoggerFactory([_logs]);

    public void Dispose() => _loggerFactory.Dispose();

    [Fact]
    public void Record_TwoClientsManyRejections_OneLinePerClientPerInterval()
    {
        var gate = Create(logSeconds: 60);

        for (var i = 0; i < 10; i++)
        {
            gate.Record("192.0.2.1", 403, "GET /v3/directline/conversations/{conversationId}/activities", "bad token");
            gate.Record("192.0.2.2", 401, "POST /api/messages", "not a loopback address");
        }

        Assert.Equal(2, Lines().Count);
        Assert.NotEqual(ClientTag(Lines()[0]), ClientTag(Lines()[1]));

        _time.Advance(TimeSpan.FromSeconds(59));
        gate.Record("192.0.2.1", 403, "GET /v3/directline/conversations/{conversationId}/activities", "bad token");
        Assert.Equal(2, Lines().Count);

        _time.Advance(TimeSpan.FromSeconds(1));
        gate.Record("192.0.2.1", 403, "GET /v3/directline/conversations/{conversationId}/activities", "bad token");

        var third = Assert.Single(Lines().Skip(2));
        Assert.StartsWith("Refused 11 request(s)", third, StringComparison.Ordinal);
        Assert.Equal(ClientTag(Lines()[0]), ClientTag(third));
        Assert.DoesNotContain(Lines(), line => line.Contains("192.0.2.", StringComparison.Ordinal));
    }

    private RejectionGate Create(int logSeconds) => new(
        Options.Create(new RateLimitingOptions { RejectedRequestsPerMinute = 1000, RejectionLogSeconds = logSeconds }),
        _time,
        _loggerFactory.CreateLogger<RejectionGate>());

    private List<string> Lines() => [.. _logs.Entries.Select(e => e.Message)];

    private static string ClientTag(string line)
    {
        const string marker = "from client ";
        var start = line.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return line[start..line.IndexOf(' ', start)];
    }
}

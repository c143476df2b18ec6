using System.Collections.Concurrent;
using System.Diagnostics;

namespace FaqBot.Tests.TestSupport;

// Every HTTP request any HttpClient in this process starts, seen through the runtime's own "System.Net.Http" activity
// source: recorded when the request starts, before any name is resolved or connection made. So a test can prove that
// FaqBot did not even try to reach a host, which a listening victim server cannot prove when the name does not
// resolve. The recording is process-wide: filter by a host only the test under way uses.
public sealed class OutboundHttpRecorder : IDisposable
{
    private readonly ActivityListener _listener;

    public OutboundHttpRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = Record,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    // "host:port" of each request started (once per start and once per stop).
    public ConcurrentQueue<string> Requests { get; } = new();

    public bool Reached(string host, int port) => Requests.Contains($"{host}:{port}");

    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity)
    {
        if (activity.GetTagItem("server.address") is string host)
        {
            Requests.Enqueue($"{host}:{activity.GetTagItem("server.port")}");
        }
        else if (activity.GetTagItem("url.full") is string url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            Requests.Enqueue($"{uri.Host}:{uri.Port}");
        }
    }
}

namespace FaqBot.Embeddings;

// Disposal that waits for the encodings in flight. ONNX Runtime frees the session's native memory on Dispose, and a
// run still using it would read freed memory and take the whole process down, not throw; a server stopping (or a test
// disposing its server) while the follow-up check or a reply is still encoding is exactly that case.
public sealed partial class OnnxSentenceEncoder
{
    private readonly object _lifetime = new(); // a monitor, not a Lock: Dispose waits on it
    private int _inFlight;
    private bool _disposed;

    /// <summary>Releases the ONNX Runtime session once the encodings already running have finished; later calls throw
    /// <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_lifetime)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            while (_inFlight > 0)
            {
                Monitor.Wait(_lifetime);
            }
        }

        _session.Dispose();
        _sessionOptions.Dispose();
    }

    // One encoding call (a query, or a batch of passages across both cores) holds the session until it returns.
    private InFlight Use()
    {
        lock (_lifetime)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _inFlight++;
        }

        return new InFlight(this);
    }

    private void Release()
    {
        lock (_lifetime)
        {
            if (--_inFlight == 0)
            {
                Monitor.PulseAll(_lifetime);
            }
        }
    }

    private readonly struct InFlight(OnnxSentenceEncoder encoder) : IDisposable
    {
        public void Dispose() => encoder.Release();
    }
}

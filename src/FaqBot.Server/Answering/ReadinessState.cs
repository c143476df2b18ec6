namespace FaqBot.Server.Answering;

// Set once the answerer (and so the index) is loaded; /readyz reports it.
public sealed class ReadinessState
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}

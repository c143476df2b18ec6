namespace FaqBot.Tests.TestSupport.Postgres;

/// <summary>The last lines the server printed, for error messages.</summary>
internal sealed class PostgresLog
{
    private const int MaxLines = 60;
    private readonly Queue<string> _lines = new();
    private readonly Lock _lock = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            if (_lines.Count == MaxLines)
            {
                _lines.Dequeue();
            }

            _lines.Enqueue(line);
        }
    }

    public string Tail()
    {
        lock (_lock)
        {
            return string.Join('\n', _lines);
        }
    }
}

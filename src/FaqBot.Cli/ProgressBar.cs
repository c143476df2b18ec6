using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Cli;

/// <summary>A one-line progress bar on stderr for large knowledge bases; silent when stderr is not a terminal.</summary>
internal sealed class ProgressBar(TextWriter error) : IProgress<IngestProgress>, IDisposable
{
    private const int Width = 30;
    private const int MinFiles = 20; // a handful of files loads faster than a bar can be read
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private int _lastFilled = -1;
    private bool _drawn;

    public void Report(IngestProgress value)
    {
        if (!_enabled || value.FileCount < MinFiles)
        {
            return;
        }

        var filled = (int)((long)value.FileIndex * Width / Math.Max(1, value.FileCount));
        if (filled == _lastFilled && value.FileIndex != value.FileCount)
        {
            return;
        }

        _lastFilled = filled;
        _drawn = true;
        error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.FileIndex}/{value.FileCount} files");
    }

    public void Done()
    {
        if (_drawn)
        {
            error.WriteLine();
            _drawn = false;
        }
    }

    public void Dispose() => Done();
}

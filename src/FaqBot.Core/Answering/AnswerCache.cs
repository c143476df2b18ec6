using System.Collections.Concurrent;

namespace FaqBot.Core.Answering;

/// <summary>
/// Remembers the answers to recent messages. FAQ traffic repeats itself (the same few questions, the follow-up
/// buttons, "thanks"), and an answer depends only on the message and the index, so a repeat costs one lookup.
/// Two generations approximate least-recently-used: when the current one is full it becomes the previous one,
/// and an entry found there is carried forward. Lives and dies with its engine, so a rebuilt index starts empty.
/// </summary>
internal sealed class AnswerCache(int capacity)
{
    /// <summary>Longer messages are not cached: they rarely repeat.</summary>
    public const int MaxKeyLength = 500;

    private readonly Lock _lock = new();
    private ConcurrentDictionary<string, Answer> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Answer> _previous = new(StringComparer.Ordinal);

    public Answer GetOrAdd(string message, Func<string, Answer> answer)
    {
        if (capacity == 0 || message.Length > MaxKeyLength)
        {
            return answer(message);
        }

        if (_current.TryGetValue(message, out var cached))
        {
            return cached;
        }

        if (!_previous.TryGetValue(message, out cached))
        {
            cached = answer(message);
        }

        if (_current.Count >= capacity)
        {
            lock (_lock)
            {
                if (_current.Count >= capacity)
                {
                    _previous = _current;
                    _current = new(StringComparer.Ordinal);
                }
            }
        }

        _current.TryAdd(message, cached);
        return cached;
    }
}

namespace FaqBot.TeamsLoadTest;

// What the mock Connector received, per incoming activity: the generator numbers its activities 0..N-1, so one
// int per activity (no dictionary, no lock) is enough to tell "exactly one answer" from missing or duplicated.
internal sealed class ReplyCounter(int capacity)
{
    private int[] _answers = new int[capacity];
    private long _answersTotal;
    private long _typing;
    private long _unthreaded;
    private long _unknown;
    private long _unauthorized;

    public long AnswersTotal => Interlocked.Read(ref _answersTotal);

    public void Reset()
    {
        _answers = new int[capacity];
        Interlocked.Exchange(ref _answersTotal, 0);
        Interlocked.Exchange(ref _typing, 0);
        Interlocked.Exchange(ref _unthreaded, 0);
        Interlocked.Exchange(ref _unknown, 0);
        Interlocked.Exchange(ref _unauthorized, 0);
    }

    // An answer is a message activity posted as a reply to the incoming activity (…/activities/{activityId}).
    public void CountAnswer(string? replyToId)
    {
        Interlocked.Increment(ref _answersTotal);
        if (replyToId is null)
        {
            Interlocked.Increment(ref _unthreaded);
        }
        else if (ActivityBodies.TryParseNumber(replyToId, out var number) && number < _answers.Length)
        {
            Interlocked.Increment(ref _answers[number]);
        }
        else
        {
            Interlocked.Increment(ref _unknown);
        }
    }

    public void CountTyping() => Interlocked.Increment(ref _typing);

    public void CountUnauthorized() => Interlocked.Increment(ref _unauthorized);

    public ReplyTally Tally(GeneratorResult generated)
    {
        var notAccepted = generated.NotAccepted.ToHashSet();
        long exactlyOne = 0, missing = 0, duplicated = 0, answeredWithout200 = 0;
        var issued = Math.Min(generated.Issued, _answers.Length);
        for (var n = 0; n < issued; n++)
        {
            var answers = Volatile.Read(ref _answers[n]);
            if (notAccepted.Contains(n))
            {
                answeredWithout200 += answers > 0 ? 1 : 0;
            }
            else if (answers == 1)
            {
                exactlyOne++;
            }
            else if (answers == 0)
            {
                missing++;
            }
            else
            {
                duplicated++;
            }
        }

        return new ReplyTally(generated.Issued, generated.AcceptedTotal, exactlyOne, missing, duplicated, answeredWithout200,
            AnswersTotal, Interlocked.Read(ref _typing), Interlocked.Read(ref _unthreaded), Interlocked.Read(ref _unknown),
            Interlocked.Read(ref _unauthorized));
    }
}

namespace FaqBot.TeamsLoadTest;

// The check after a run (warm-up included): every activity answered with 200 should have exactly one answer.
internal sealed record ReplyTally(
    long Issued, long Accepted, long ExactlyOne, long Missing, long Duplicated, long AnsweredWithout200,
    long Answers, long Typing, long Unthreaded, long UnknownActivity, long Unauthorized)
{
    public bool EveryActivityAnsweredOnce =>
        Accepted > 0 && ExactlyOne == Accepted && Missing == 0 && Duplicated == 0 && Unthreaded == 0 && UnknownActivity == 0;
}

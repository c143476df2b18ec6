namespace FaqBot.Tests.Channels.BotFramework.Authentication;

/// A clock the test moves by hand; timers stay real (the base implementation), only "now" is fake.
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public ManualClock()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

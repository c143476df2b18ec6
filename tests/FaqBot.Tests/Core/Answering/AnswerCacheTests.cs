using FaqBot.Core.Answering;

namespace FaqBot.Tests.Core.Answering;

public sealed class AnswerCacheTests
{
    private static Answer Make(string lead) => new(AnswerKind.Smalltalk, lead, [], [], null, 0);

    [Fact]
    public void GetOrAdd_RepeatedMessage_AnswersOnce()
    {
        var cache = new AnswerCache(4);
        var calls = 0;

        var first = cache.GetOrAdd("what is bdnf", m => { calls++; return Make(m); });
        var second = cache.GetOrAdd("what is bdnf", m => { calls++; return Make(m); });

        Assert.Same(first, second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void GetOrAdd_BeyondCapacity_KeepsRecentGenerationsAndForgetsOlder()
    {
        var cache = new AnswerCache(2);
        var calls = new Dictionary<string, int>();
        Answer Ask(string m) => cache.GetOrAdd(m, x => { calls[x] = calls.GetValueOrDefault(x) + 1; return Make(x); });

        foreach (var m in new[] { "a", "b", "c", "d", "e" })
        {
            Ask(m);
        }

        Ask("e"); // current generation
        Ask("a"); // two generations ago: forgotten

        Assert.Equal(1, calls["e"]);
        Assert.Equal(2, calls["a"]);
    }

    [Fact]
    public void GetOrAdd_LongMessage_IsNotCached()
    {
        var cache = new AnswerCache(4);
        var calls = 0;
        var message = new string('x', AnswerCache.MaxKeyLength + 1);

        cache.GetOrAdd(message, m => { calls++; return Make("long"); });
        cache.GetOrAdd(message, m => { calls++; return Make("long"); });

        Assert.Equal(2, calls);
    }
}

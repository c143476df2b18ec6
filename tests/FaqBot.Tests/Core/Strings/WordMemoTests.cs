using FaqBot.Core.Strings;

namespace FaqBot.Tests.Core.Strings;

public sealed class WordMemoTests
{
    [Fact]
    public void Get_SameWordTwice_ComputedOnce()
    {
        var calls = 0;
        var memo = new WordMemo<int>(word => { calls++; return word.Length; });

        Assert.Equal(8, memo.Get("ketamine"));
        Assert.Equal(8, memo.Get("ketamine"));
        Assert.Equal(7, memo.Get("session"));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Get_MoreWordsThanItsCapacity_EmptiedAndNeverOverIt()
    {
        var memo = new WordMemo<string>(word => word.ToUpperInvariant());
        for (var i = 0; i < WordMemo<string>.Capacity; i++)
        {
            memo.Get($"word{i}");
        }

        Assert.Equal(WordMemo<string>.Capacity, memo.Count);
        Assert.Equal("ONE MORE", memo.Get("one more"));
        Assert.Equal(1, memo.Count);
    }
}

using FaqBot.Core.Answering.Triage;

namespace FaqBot.Tests.Core.Answering.Triage;

public sealed class PatternSetTests
{
    [Fact]
    public void Match_SecondRuleMatches_ReturnsItsName()
    {
        var set = new PatternSet([new("first", @"\bapple\b"), new("second", @"\bpear\b")]);

        var name = set.Match("a ripe pear");

        Assert.Equal("second", name);
    }

    [Fact]
    public void Match_NoRuleMatches_ReturnsNull()
    {
        var set = new PatternSet([new("first", @"\bapple\b")]);

        var name = set.Match("pineapple juice");

        Assert.Null(name);
    }

    [Fact]
    public void Match_MoreRulesThanOneAutomatonHolds_StillFindsTheLastRule()
    {
        // Each rule is big enough that a few hundred of them exceed the engine's automaton cap.
        var rules = Enumerable.Range(0, 300)
            .Select(i => new TriageRule($"rule{i}", $@"\bword{i}( \w+){{0,6}} end{i}\b"))
            .ToList();
        var set = new PatternSet(rules);

        var name = set.Match("x word299 a b c end299 y");

        Assert.Equal("rule299", name);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Match_RuleDeepInsideALongMessage_NamedWithOrWithoutPrepare(bool prepared)
    {
        var set = new PatternSet([new("first", @"\bapple\b"), new("plan", @"\bplan(ned)? to end it\b")]);
        if (prepared)
        {
            set.Prepare();
        }

        var filler = string.Concat(Enumerable.Repeat("nothing much happened today ", 800));

        Assert.Equal("plan", set.Match(filler + "i planned to end it " + filler));
        Assert.Null(set.Match(filler + "i planned to mend it " + filler));
    }

    [Fact]
    public void Blank_InformationalPhrase_RemovesOnlyThePhrase()
    {
        var set = new PatternSet([new("info", @"\bsuicide risk\b")]);

        var blanked = set.Blank("is it a suicide risk drug");

        Assert.Equal("is it a  .  drug", blanked);
    }
}

using System.Text.RegularExpressions;
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
        // Each rule is big enough that 300 of them pass even the raised automaton cap (~280,000 nodes).
        var rules = Enumerable.Range(0, 300)
            .Select(i => new TriageRule($"rule{i}", $@"\bword{i}( \w+){{0,60}} end{i}\b"))
            .ToList();
        var set = new PatternSet(rules);
        set.Prepare();

        var name = set.Match("x word299 a b c end299 y");

        Assert.Equal("rule299", name);
        Assert.True(set.AutomatonCount > 1);
    }

    [Fact]
    public void Blank_OverlappingMatchesInAListOverTheEnginesDefaultCap_LongMessageBlankedAsAShortOne()
    {
        // ~39,000 nodes: four regexes under the engine's default cap, where "b c" (the first rule) was blanked before
        // "a b" (the last) was looked for; the rules joined as one take the leftmost match, "a b", as short messages do.
        var filler = Enumerable.Range(1, 298).Select(i => new TriageRule($"rule{i}", $@"\bword{i}( \w+){{0,6}} end{i}\b"));
        TriageRule[] rules = [new("first", @"\bb c\b"), .. filler, new("last", @"\ba b\b")];
        var set = new PatternSet(rules);
        var padding = string.Concat(Enumerable.Repeat("nothing much happened today ", 80));

        Assert.Equal("x  .  c y", set.Blank("x a b c y"));
        Assert.Equal(padding + "x  .  c y " + padding, set.Blank(padding + "x a b c y " + padding));
        Assert.Equal(1, set.AutomatonCount);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(2_600)]
    public void Blank_RandomTexts_SameAsTheRulesJoinedByReplace(int length)
    {
        // Overlapping rules, optional words, word gaps and one that can match nothing at all: short messages are blanked
        // rule by rule, long ones by the linear-time engine, and both must give what Replace gives with the rules joined.
        TriageRule[] rules =
        [
            new("a", @"\bb c\b"), new("b", @"\ba b( c)?\b"), new("c", @"\bc( \w+){0,2} a\b"), new("d", @"\b(d|a) d\b"),
            new("e", @"\bcc?\b"),
        ];
        var set = new PatternSet(rules);
        var withEmpty = new PatternSet([rules[4], new("f", @"\bq?")]);
        var joined = new Regex(string.Join('|', rules.Select(rule => $"(?:{rule.Pattern})")), RegexOptions.ExplicitCapture);
        var joinedWithEmpty = new Regex(@"(?:\bcc?\b)|(?:\bq?)", RegexOptions.ExplicitCapture);
        var random = new Random(7);
        string[] words = ["a", "b", "c", "d", "cc", "q", "xy"];
        for (var i = 0; i < 300; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, length / 2).Select(_ => words[random.Next(words.Length)]));

            Assert.Equal(joined.Replace(text, " . "), set.Blank(text));
            if (length < PatternSet.ShortMessageLimit)
            {
                Assert.Equal(joinedWithEmpty.Replace(text, " . "), withEmpty.Blank(text));
            }
        }
    }

    [Fact]
    public void Blank_ShortMessages_TheLinearTimeRegexesAreNotUsed()
    {
        // Their caches grow with every new text they read; short messages must leave them alone (and unbuilt).
        var set = new PatternSet([new("info", @"\bsuicide risk\b")]);
        for (var i = 0; i < 100; i++)
        {
            set.Blank($"is it a suicide risk drug {i}");
            set.Match($"is it a suicide risk drug {i}");
        }

        Assert.Equal(0, set.LinearTimeBuilds);
    }

    [Fact]
    public void Match_LongMessagesPastTheBudget_LinearTimeRegexesBuiltAfresh()
    {
        var set = new PatternSet([new("plan", @"\bplan(ned)? to end it\b")]);
        var message = string.Concat(Enumerable.Repeat("nothing much happened today ", 1 + (int)(PatternSet.LongTextBudget / 2 / 28))) + "i planned to end it";

        Assert.Equal("plan", set.Match(message));
        Assert.Equal("plan", set.Match(message));
        Assert.Equal(1, set.LinearTimeBuilds);
        Assert.Equal("plan", set.Match(message));
        Assert.Equal(2, set.LinearTimeBuilds);
    }

    [Fact]
    public void EveryShippedRuleList_FitsInOneAutomaton()
    {
        // One regex per list keeps a warm server's blanking the same as the interpreter's (the triage figures) and
        // costs 49 MB where 47 chunks cost 140 (docs/benchmarks.md, "The warm server's memory").
        foreach (var set in MessageTriage.PatternSets)
        {
            Assert.Equal(1, set.AutomatonCount);
        }
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

using FaqBot.Core.Answering.Triage;

namespace FaqBot.Tests.Core.Answering.Triage;

// History told as history (PastHistoryPatterns), on messages written for these tests: "since" a time is still going
// on and stays a crisis; more ways of putting a time years back (number words, decades of life, school years) count.
public sealed class PastHistoryTimeTests
{
    // Rules alone, so each case shows what the rules themselves decide.
    private static readonly MessageTriage Rules = new(null);

    [Theory]
    [InlineData("ive been suicidal since last year and its getting worse")]
    [InlineData("i have been self harming ever since high school")]
    [InlineData("i've been suicidal since the year before my divorce")]
    [InlineData("i have had suicidal thoughts for a while now")]
    [InlineData("ever since my freshman year ive been self harming")]
    public void Classify_SignalSinceATime_StaysACrisis(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }

    [Theory]
    [InlineData("i overdosed four years ago and i'm doing well now, can i do ketamine")]
    [InlineData("i tried to kill myself ten years ago, is that a problem for the intake")]
    [InlineData("i had suicidal thoughts in my early twenties, does the screening ask about that")]
    [InlineData("i cut myself in middle school, do i need to mention it")]
    [InlineData("i had suicidal thoughts my freshman year, is ketamine ok for me now")]
    [InlineData("i took a bunch of pills at age 16, i'm 40 now. what does the first visit involve")]
    [InlineData("suicidal thoughts years back, none now. how long is a session")]
    public void Classify_SignalYearsBack_IsNotUrgentByTheRules(string message)
    {
        var result = Rules.Classify(message);

        Assert.False(result.IsUrgent, $"{result.Kind} by {result.Rule}");
    }
}

// Every triage pattern also runs as a NonBacktracking regex on long messages, which refuses lookarounds.
public sealed class TriagePatternsLongMessageTests
{
    [Fact]
    public void Prepare_EveryPatternSet_BuildsItsNonBacktrackingRegexes()
    {
        var error = Record.Exception(MessageTriage.Prepare);

        Assert.Null(error);
    }

    [Theory]
    [InlineData("ive been suicidal since last year and its getting worse", TriageKind.Crisis)]
    [InlineData("i overdosed four years ago and i'm doing well now, can i do ketamine", TriageKind.Question)]
    public void Classify_HistoryDeepInALongMessage_DecidedAsWhenShort(string sentence, TriageKind kind)
    {
        var filler = string.Concat(Enumerable.Repeat("we talked about the weather and the parking today. ", 200));

        var result = new MessageTriage(null).Classify(filler + sentence + " " + filler);

        Assert.Equal(kind, result.Kind);
    }
}

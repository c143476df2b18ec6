using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// Greetings, thanks and off-topic requests are decided before the learned crisis layer
// (SmalltalkPatterns.BeforeTheLearnedLayer; docs/benchmarks.md, triage round 16).
public sealed class SmalltalkFirstTests
{
    // The shipped weights without an encoder: rules and the lexical view, which alone flagged some of these as crises.
    private static readonly MessageTriage Triage = new(TriageModel.Shipped("ArcticXs"));
    private static readonly MessageTriage RulesOnly = new(null);

    [Theory]
    [InlineData("tell me a joke")]
    [InlineData("can you write me a poem about cats")]
    [InlineData("whats the weather like tomorrow")]
    [InlineData("is it gonna rain this weekend")]
    [InlineData("who won the game last night")]
    [InlineData("how many ounces in a cup")]
    [InlineData("just testing this thing")]
    [InlineData("oops wrong chat")]
    [InlineData("happy friday everyone")]
    [InlineData("how do i get my printer to connect to wifi")]
    public void Classify_OffTopicRequest_IsHelpBeforeTheLearnedLayer(string message)
    {
        var result = Triage.Classify(message);

        Assert.Equal(TriageKind.Help, result.Kind);
        Assert.Equal("offtopic", result.Rule);
        Assert.Null(result.Scores);
    }

    [Theory]
    [InlineData("buenas tardes", TriageKind.Greeting)]
    [InlineData("hola, buenos dias", TriageKind.Greeting)]
    [InlineData("muchas gracias por la ayuda", TriageKind.Thanks)]
    [InlineData("gracias", TriageKind.Thanks)]
    public void Classify_SpanishGreetingOrThanks_IsSmalltalkBeforeTheLearnedLayer(string message, TriageKind kind)
    {
        var result = Triage.Classify(message);

        Assert.Equal(kind, result.Kind);
        Assert.Null(result.Scores);
    }

    [Theory]
    [InlineData("tell me a joke before i go")]
    [InlineData("whats the weather like on the bridge tonight")]
    [InlineData("happy friday, my last one")]
    [InlineData("wrong chat, meant to text my mom goodbye")]
    [InlineData("write me a poem for my funeral")]
    [InlineData("goodbye")]
    [InlineData("help")]
    [InlineData("gracias por todo")]
    [InlineData("buenas noches")]
    public void Classify_SmalltalkWithMoreInIt_IsNotDecidedBeforeTheLearnedLayer(string message)
    {
        var result = Triage.Classify(message);

        // The learned layer scored it (its scores are on the result), unless a crisis or emergency rule decided first.
        Assert.True(result.Scores is not null || result.IsUrgent, $"{result.Kind} {result.Rule}");
    }

    // The safety check behind the order: no crisis or emergency message of any bank (both halves), training file or
    // regression set is one the early small talk would decide, so moving it ahead of the learned layer takes none of
    // them away from it.
    [Fact]
    public void Classify_EveryUrgentMessageInTheData_IsNotDecidedAsSmalltalk()
    {
        var urgent = UrgentMessages().ToList();
        Assert.True(urgent.Count > 4_000, $"{urgent.Count} urgent messages");

        var decidedEarly = urgent.Where(m => RulesOnly.Classify(m) is { Kind: TriageKind.Greeting or TriageKind.Thanks } or { Rule: "offtopic" }).ToList();

        Assert.Empty(decidedEarly);
    }

    private static IEnumerable<string> UrgentMessages() =>
        TriageData.EveryMessage()
            .Where(e => e.Kind is "crisis" or "emergency")
            .Select(e => e.Text);
}

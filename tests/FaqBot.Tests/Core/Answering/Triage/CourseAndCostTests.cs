using FaqBot.Core.Answering.Triage;

namespace FaqBot.Tests.Core.Answering.Triage;

// How long a course lasts and what it costs are asked for everyone, and the documents answer them: the dose rule's
// "how many … will i need" no longer takes them for a dose. A dose asked about the writer is still one. Rules only
// (no learned layer), so the tests read the rules' own decision.
public sealed class CourseAndCostTests
{
    private static readonly MessageTriage Rules = new(null);

    [Theory]
    [InlineData("how many infusions will i need")]
    [InlineData("how many sessions will i need in total")]
    [InlineData("how much do i need to pay upfront")]
    [InlineData("how many days off work will i need")]
    [InlineData("how much will i have to pay")]
    public void Classify_CourseOrCost_IsNotAdvice(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Question, result.Kind);
    }

    [Theory]
    [InlineData("how much should i take", "advice.decision")]
    [InlineData("how many times a day should i take it", "advice.decision")]
    [InlineData("how many lozenges do i take if one doesn't work", "advice.dose")]
    [InlineData("how much ketamine do i get", "advice.dose")]
    public void Classify_ADoseForTheWriter_StaysAdvice(string message, string rule)
    {
        var result = Rules.Classify(message);

        Assert.Equal((TriageKind.Advice, rule), (result.Kind, result.Rule));
    }
}

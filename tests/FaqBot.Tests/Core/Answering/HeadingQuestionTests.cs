using FaqBot.Core.Answering;

namespace FaqBot.Tests.Core.Answering;

// Issue 13 point 2: follow-ups read as a patient's questions, never "What is the result: rapid symptom relief?" or
// "Tell me about follow-Up care".
public sealed class HeadingQuestionTests
{
    [Theory]
    [InlineData("How Does Ketamine Affect the Brain?", "How does ketamine affect the brain?")]
    [InlineData("What is Brain-Derived Neurotrophic Factor (BDNF)?", "What is brain-derived neurotrophic factor (BDNF)?")]
    [InlineData("The Role of the Prefrontal Cortex", "What is the role of the prefrontal cortex?")]
    [InlineData("The Amygdala", "What is the amygdala?")]
    [InlineData("The Benefits of Ketamine for PTSD", "What are the benefits of ketamine for PTSD?")]
    [InlineData("Follow-Up Care", "What should I know about follow-up care?")]
    [InlineData("Safety and Side Effects", "What should I know about safety and side effects?")]
    [InlineData("Conditions That May Benefit from Ketamine Therapy", "Which conditions may benefit from ketamine therapy?")]
    [InlineData("Key Brain Regions Impacted by Ketamine", "What are the key brain regions impacted by ketamine?")]
    [InlineData("What to Expect When Starting Ketamine Therapy", "What should I expect when starting ketamine therapy?")]
    [InlineData("How to Prepare for Your First Session:", "How do I prepare for your first session?")]
    public void From_Heading_ReadsAsAPatientsQuestion(string heading, string expected)
    {
        Assert.Equal(expected, HeadingQuestion.From(heading));
    }

    [Theory]
    [InlineData("The Result: Rapid Symptom Relief")] // a slogan with a colon
    [InlineData("A New Hope for Treatment-Resistant Conditions")] // a slogan
    [InlineData("What the Science Says About Ketamine and Neuroplasticity")] // an indirect question
    [InlineData("Why Ketamine’s Brain Effects Matter for Mental Health")]
    [InlineData("Why is this so great?")] // needs its context
    [InlineData("How does this help therapy?")]
    [InlineData("Overview")]
    [InlineData("In a Nutshell")]
    [InlineData("Tip")]
    [InlineData("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen")]
    public void From_HeadingWithoutAReadableQuestion_IsNull(string heading)
    {
        Assert.Null(HeadingQuestion.From(heading));
    }
}

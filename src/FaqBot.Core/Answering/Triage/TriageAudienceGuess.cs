namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Decides whether a crisis message is about the writer or about someone else ("my son said he wants to die",
/// "mi esposa dice que se va a quitar la vida"): someone else when the message names a person close to the writer
/// or in their care, and the writer does not also speak of their own wish to die or their own act. Both cards carry every number, so a wrong guess changes the wording, never the help.
/// </summary>
internal static class TriageAudienceGuess
{
    private static readonly PatternSet Person = new(
    [
        new("other.person", @"\b(my|our|a|one of my|mi|nuestro|nuestra)( \w+)? (son|daughter|child|kid|kids|teen|teenager|boy|girl|toddler|baby|husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|mom|mum|mother|dad|father|stepdad|stepmom|parent|parents|brother|sister|friend|best friend|roommate|flatmate|coworker|colleague|student|students|patient|client|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|neighbor|neighbour|hijo|hija|esposo|esposa|mama|papa|madre|padre|hermano|hermana|amigo|amiga|abuela|abuelo|novio|novia|pareja)\b"),
        new("other.person", @"\b(front desk|staff|a patient|the patient|on behalf of|im writing for|worried about (my|him|her|them|someone))\b"),
    ]);

    private static readonly PatternSet OwnWish = new(
    [
        new("self.wish", @"\b(i|im|i am|ive|myself|my life)\b( \w+){0,3} (die|dead|gone|kill|suicid\w*|end it|end my life|hurt myself|cut myself|overdos\w*|took|swallowed|cant breathe|chest pain|burden|morir|matar)\b|\bwithout me\b|\bsin mi\b"),
    ]);

    /// <summary>The audience of an urgent message (normalized text).</summary>
    public static TriageAudience Guess(string normalized) =>
        Person.Match(normalized) is not null && OwnWish.Match(normalized) is null
            ? TriageAudience.Other
            : TriageAudience.Self;

    /// <summary>Builds the faster regexes now.</summary>
    public static void Prepare()
    {
        Person.Prepare();
        OwnWish.Prepare();
    }
}

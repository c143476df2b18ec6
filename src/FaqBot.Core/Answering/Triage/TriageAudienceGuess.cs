namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Decides whether a crisis message is about the writer or about someone else ("my son said he wants to die",
/// "mi esposa dice que se va a quitar la vida"), so the card speaks to the right person. The writer's own signs win:
/// a wish, plan, act or means in the first person ("i wrote a letter for each of my kids", "ive been hoarding my
/// wifes sleeping pills", "she'd be better off if i just ended it") makes it the writer's card, however many people
/// the message names. Otherwise someone else is at risk when another person is the subject of what happens ("my
/// partner texted", "he's not answering", "kill himself"), and the writer by default. Both cards carry every number,
/// so a wrong guess changes the wording, never the help; but a person writing a goodbye note should not be told to
/// "stay with them" (docs/benchmarks.md, triage round 16: the old guess, any named person without a few first-person
/// words, gave that card to one writer at risk in ten).
/// </summary>
internal static class TriageAudienceGuess
{
    private const string Person =
        "(paciente|son|daughter|child|kid|kids|teen|teenager|boy|girl|toddler|baby|husband|hubby|wife|spouse|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee"
        + "|mom|mum|mother|dad|father|stepdad|stepmom|stepson|stepdaughter|parent|parents|brother|sister|friend|best friend|bestie|buddy|mate"
        + "|roommate|roomate|flatmate|coworker|colleague|employee|teammate|player|student|students|patient|client|customer"
        + "|grandma|grandmother|grandpa|grandfather|grandson|granddaughter|grandkid|nephew|niece|aunt|uncle|cousin|neighbor|neighbour|tita|tito"
        + "|hijo|hija|esposo|esposa|mama|papa|madre|padre|hermano|hermana|amigo|amiga|abuela|abuelo|nieto|nieta|sobrino|sobrina|novio|novia|pareja|tio|tia|primo|prima)";

    private const string PersonDoes =
        "(is|was|has|had|hasnt|isnt|wasnt|said|says|told|texted|texts|sent|messaged|wants|took|takes|drank|swallowed|ate|got|keeps|kept|wont|locked|left|just"
        + "|tried|threatened|posted|called|seems|stopped|doesnt|cant|hid|hides|found|chewed|fell|cut|cuts|collapsed|overdosed|ran|mentioned|admitted|confessed"
        + "|wrote|searched|googled|asked|bought|dice|dijo|se|tiene|esta|mando|tomo|no|ya|quiere|va|anda|hablo|me dijo|me mando)";

    // Someone else as the subject: a reflexive, a third-person pronoun doing something, a named person doing something.
    private static readonly PatternSet OtherAtRisk = new(
    [
        new("other.reflexive", @"\b(himself|herself|themselves|themself)\b"),
        new("other.pronoun", @"\b(hes|shes|ella)\b|\b(he|she) (is|has|had|said|says|told|wants|was|took|keeps|wont|doesnt|cant|just|will|ll|d|would|got|texted|sent|left|might|thinks|seems|drank|ate|swallowed|tried|isnt|hasnt|did|does|never|always|can|texts|called|locked|stopped|hid|hides|bought|searched|wrote)\b"),
        new("other.person", @"\b(my|our|a|one of my|mi|nuestro|nuestra|mis)( \w+){0,2} " + Person + @"( \w+){0,3} " + PersonDoes + @"\b"),
        new("other.context", @"\b(pt in|on behalf of|im writing for|writing about my|worried about (my|him|her|them|someone))\b"),
    ]);

    // The writer's own wish, plan, act or means.
    private static readonly PatternSet WriterAtRisk = new(
    [
        new("self.object", @"\b(myself|kill me|matarme|quitarme la vida|morirme|my own life|never had me|take me)\b"),
        new("self.absence", @"\bwithout me\b|\bsin mi\b|\bme much longer\b|\bif i( just)? (died|die|end|ended|killed|was gone|wasnt|werent|was dead|were dead|were gone|disappeared)\b"),
        new("self.spanish", @"\b(quiero|pienso|estoy|tengo|voy a|he estado|he guardado|ya tengo|me siento|me quemo|me queme|me corto|me acabe|me despedi|regale|deje|escribi|me tome)\b"),
        new("self.last", @"\bmy last (one|session|day|week|night|message|time)\b"),
        new("self.not-around", @"\b(i|im) (wont|will not|am not going to|not going to) (be here|be around|need|be needing|make it)\b"),
        new("self.plan", @"\b(im|i am|i|ive) (going to|gonna|about to|planning to|ready to|decided to)( \w+){0,2} (do it|end|kill|die|jump|take)\b"),
        new("self.now", @"\b(im|i am) (taking|swallowing|doing it|ending|jumping|done|still here|checking out)\b|\b(my|the) plan (is|was)\b|\bnot (be|being) (alive|here|around)\b|\bstop being here\b"),
        new("self.goodbye", @"\bi (wrote|have written|gave|left|made sure|put|paid|paid off|updated|donated|recorded|bought|mailed|picked|said goodbye|sold|signed|cancelled|canceled|returned|arranged|already)\b"),
        new("self.goodbye-opening", @"^(just |today |so )?(transferred|gave|wrote|left|updated|paid|sold|signed|mailed|donated|returned|called|rang|told|put|made)\b"),
        new("self.stockpiling", @"\b(i|ive|i have|im|i am)( been)? (hoarding|collecting|collect|saving|stockpiling|stashing|keeping|hiding|taking)\b"),
        new("self.means", @"\b(i|ive|i have)( got| have)?( \w+){0,3} (gun|pistol|rifle|revolver|handgun|pills|rope|morphine|bottle)\b"),
        new("self.decided", @"\b(ive|i have|i)( \w+){0,2} (planning|planned|decided)\b|\b(ill|i will) (do it|end it|be gone|kill)\b"),
        new("self.access", @"\bi (know|found out|figured out|found) where\b|\bi figured out the code\b|\bhow (much|many)( \w+){0,2} (id|i would|would i|do i|should i|i need)\b"),
    ]);

    // "i ... die" within three words, with third-person pronouns blanked first so the words between cannot run
    // through someone else ("told me she wants to die" is not the writer's wish). The blanking stands in for a
    // lookahead, which the linear-time engine does not have.
    private static readonly PatternSet ThirdPersonPronoun = new([new("pronoun", @"\b(he|she|hes|shes|they|him|her|them|theyre)\b")]);

    private static readonly PatternSet WriterWish = new(
    [
        new("self.wish", @"\b(i|im|i am|ive|i have|id)\b( \w+){0,3} (die|dead|death|gone|kill|suicid\w*|end it|ending it|end my life|hurt myself|cut|cutting|overdos\w*|burden|morir|matar|not be here|not be around|not wake up|do it|alive|live|living|took|swallowed|drank)\b"),
    ]);

    /// <summary>The audience of an urgent message (normalized text).</summary>
    public static TriageAudience Guess(string normalized) =>
        WriterAtRisk.Match(normalized) is null
            && WriterWish.Match(ThirdPersonPronoun.Blank(normalized)) is null
            && OtherAtRisk.Match(normalized) is not null
            ? TriageAudience.Other
            : TriageAudience.Self;

    /// <summary>The rule lists the guess matches with (built in a server's warm-up with triage's own).</summary>
    internal static IReadOnlyList<PatternSet> PatternSets => [OtherAtRisk, WriterAtRisk, ThirdPersonPronoun, WriterWish];
}

namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Crisis lexicon for what people DO before or instead of saying it (the 988 / AFSP / NIMH warning signs and
/// the Columbia scale's method, preparation and behaviour levels): researching a method, means at hand and
/// stockpiling, a plan with a time, goodbyes and putting affairs in order, self-harm of every kind, overdose
/// and poisoning, and the same said about someone else. Written from the published lists, then checked on the
/// tune half of the triage bank; phrases that are also everyday speech ("catching the bus", "ready to go",
/// "the ropes") are left to the learned layer, which weighs the whole message.
/// </summary>
internal static class CrisisActPatterns
{
    private const string Others = "(himself|herself|themselves|themself|hisself)";
    private const string Pills = "(pills|meds|medication|medications|tablets|doses|sleeping pills|painkillers|pain pills)";
    private const string Lethal = "((could|would|will|can|does|do) (that|it|this|those|these|they|both|all that|all of that) (kill|be fatal|be lethal|be deadly|be enough to kill)( (you|u|me|someone|a person))?)";
    private const string AtHand = "(i (have|got|ve got|have got) (both|them|it|all|enough|some|those|these|plenty|a lot|all of (them|it))( of (them|it|those|these))? (here|right here|at home|with me|on me|in (my|the) (room|drawer|car|bag|cabinet|house|apartment|closet)))";
    private const string Days = "(tonight|today|tomorrow|this weekend|this week|next week|on my birthday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    /// <summary>Rules in priority order; the rule name tells which family fired.</summary>
    public static readonly IReadOnlyList<TriageRule> Rules =
    [
        // Slang that dodges moderation: ctb ("catch the bus", spelled out it is too often literal), sewerslide.
        new("crisis.suicide", @"\b(ctb|sewerslide|sewer slide|self delete|self deleting|self deletion)\b"),
        new("crisis.suicide", $@"\b(kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|shoot|hang|unalive|starve|starving) {Others}\b"),
        new("crisis.suicide", @"\b(he|she|they|hes|shes|theyre|he is|she is|they are) (wants?|wanna|is going|going|gonna|plans?|planning|talks? about wanting|talking about wanting) (to )?(die|end it|end (his|her|their) life|jump|kill)\b"),
        new("crisis.suicide", @"\b(he|she|they) (wishes|wished|wish) (he|she|they) (was|were|wasnt|werent) (dead|born|alive)\b"),

        // Method research: how much, which place, how long it takes, "for me".
        new("crisis.method", @"\bhow (many|much)( \w+){0,5} (would it take|does it take|will it take|to die|to kill (me|myself)|to not wake up|to never wake up|to end it|to end my life|is (lethal|fatal|deadly)|would (kill|stop my heart))\b"),
        new("crisis.method", @"\b(ways|way|methods|method|how) to (die|kill myself|kms|end (it|my life)|commit suicide|not wake up|never wake up|disappear forever)\b"),
        new("crisis.method", @"\b(takes?|long) to (die|bleed out|drown|suffocate)\b|\bdoes (drowning|hanging|bleeding out|jumping|an overdose|overdosing|dying) hurt\b"),
        new("crisis.method", @"\bwhich (bridge|building|cliff|overpass|rooftop|roof)\b|\b(most|least) (deadly|lethal|painless|messy|painful) (way|method|if i)\b|\b(deadly|lethal|fatal) if i (took|take|swallowed|drank)\b"),
        // The generic "you" of a method question ("how much rope do you need to hang yourself"): every such message in
        // the banks' tune halves and the training file is a crisis. Drowning needs its purpose or its water, because
        // "drown yourself in work" is an idiom (the sets are non-backtracking, so no lookahead can exclude it).
        new("crisis.method", @"\b(hang|hanging|hung) (yourself|your self|urself|yourselves)\b|\b(drown|drowning) (yourself|your self|urself) (on purpose|deliberately|intentionally|in (a|the|your) (bath|bathtub|tub|lake|river|ocean|sea|pool))\b"),
        new("crisis.method", @"\bwould \d+( \w+){0,4} be (enough|fatal|lethal|deadly)\b|\b(strong|sturdy) enough to (hold|hang)\b|\bbelt( \w+){0,3} strong enough\b|\b(fatal|lethal|deadly),? asking for (me|myself)\b"),

        // Lethality (NIMH, 988: "searching online for ways to die"): a lethal amount, how far, how deep, whether it hurts.
        // Asked in the abstract it can be curiosity, but an amount that kills is what a person at risk asks, so crisis.
        new("crisis.method", @"\b(lethal|fatal|deadly|toxic|killing) (dose|doses|dosage|amount|amounts|level|levels|quantity|number)\b|\bfor it to be (fatal|lethal|deadly|instant|quick|painless)\b"),
        new("crisis.method", @"\b(amount|much|many|mg|milligrams|grams|pills|tablets|height|high|far|floors?|stories|storeys)( \w+){0,5} (is|are|would be|will be|be|counts as|to be) (fatal|lethal|deadly|an overdose|enough to (die|kill))\b"),
        new("crisis.method", @"\b(how much|how many|what (amount|dose))( \w+){0,5} (would|to|will|could|does it take to) stop (my|someones|someone s|a persons|your|a|the|his|her) heart\b|\bhow deep( \w+){0,5} cut\b|\b(hit|cut|slice|nick) (an|the|my) (artery|arteries|vein|veins)\b"),
        new("crisis.method", @"\bdoes( \w+){0,2} (overdose|overdosing|od|drowning|hanging|jumping|bleeding out|dying|suffocating|a gunshot) hurt\b|\b(is|are|would be) (drowning|hanging|carbon monoxide|bleeding out|jumping|freezing to death|an overdose|overdosing|suffocation|suffocating|helium|a gunshot) (painless|peaceful|quick|instant|fast|a good way)\b"),
        new("crisis.method", @"\b(carbon monoxide|exit bag|suicide bag|helium (bag|tank|hood)|charcoal burning|car running in (the|a) (closed )?garage)\b|\btie a noose\b|\b(peaceful|painless|quick|quickest|easy|easiest|least painful|best) (way|ways|method|methods) to (go|die|check out)\b"),
        new("crisis.method", @"\b(overdose|od|lethal|fatal) (amount|number|threshold|limit|point)\b|\btoo (much|many) to survive\b|\b(before|so|until) (they|you|u|i|someone|a person|one) (dont|wouldnt|never|do not|would not|doesnt) wake up\b"),
        new("crisis.method", @"\b(what happens|what would happen|would (i|you|someone|they) die|do (you|they|people) die|can (you|u|i) die|could (you|u|i) die|would it kill (me|you|someone)|(kill|kills) (you|u|me|someone))( \w+){0,3} (if|when) (someone|somebody|a person|i|you|u|they|he|she) (takes?|took|swallows?|swallowed|drinks?|drank|eats?|ate|injects?|injected|od|ods|oded) (\d+|all|the whole|a whole|an entire|the entire|a bottle|a bunch|a handful|dozens|like \d+)\b"),
        new("crisis.method", @"\bhow (fast|quick|quickly|long)( \w+){0,3} (kill|kills|to kill) (you|u|someone|a person|me)\b|\b(jumping|a jump|falling|a fall)( \w+){0,4} (enough|fatal|deadly|lethal|high enough)\b|\b\d+ (stories|storeys|floors) (enough|high enough)\b"),

        // Lethality asked with the means at hand (988: researching a method, and access to means): "could that kill you?
        // i have both here". Either alone can be curiosity; together they are the warning sign.
        new("crisis.method", $@"\b{Lethal}( \w+){{0,12}} {AtHand}\b|\b{AtHand}( \w+){{0,12}} {Lethal}\b"),

        // Choosing among methods ("which one would you pick if you had to"), and intent said outright ("asking with intent").
        new("crisis.method", @"\b(methods?|ways?)( \w+){0,15} which (one|method|way|of them) would (you|u) (pick|choose|use|go with)\b|\bwhich (one|method|way) would (you|u) (pick|choose|use|go with) if (you|u) (had to|were me)\b|\basking( this| that)? with intent\b"),

        // Means at hand and stockpiling.
        new("crisis.means", @"\b(gun|guns|pistol|revolver|rifle|shotgun|firearm|handgun|noose|razor blades?|razorblades?)\b|\b(a|my|some|the) rope\b|\bbought rope\b"),
        new("crisis.means", $@"\b(saving|saved|save|stockpil\w*|hoard\w*|stash\w*|collecting|hiding|hidden|keeping|kept|counting|storing|skipping) (up )?((all|some|a lot|lots) (of )?)?((my|her|his|their|the|old|extra|these) )*{Pills}\b"),
        new("crisis.means", @"\b(stockpil\w*|hoard\w*) (my|his|her|their|the|all|some) \w+|\b(a lot|enough|plenty|tons|lots) (saved|stored|stashed) up\b|\blot saved up\b"),
        new("crisis.means", @"\b(been saving|saving|saved|stockpiling|hoarding|collecting) (them|these|those) up\b|\b(keep|save|saving|keeping) them for later\b|\b(almost|nearly|finally) enough\b|\bstash of\b|\bso (nobody|no one|noone) (would|will|could) (ask|notice|know|find|stop)\b"),
        new("crisis.means", @"\b(antifreeze|rat poison|weed killer|drain cleaner)\b|\b(\d+|several|multiple|a few|two|three|four|five) bottles of (tylenol|pills|advil|paracetamol|aspirin|sleeping)\b"),
        new("crisis.means", $@"\bthinking about (the|my|those|his|her) ({Pills}|gun|rope|bridge|knife|blades?)\b"),

        // A plan with a time, and "i won't be here".
        new("crisis.plan", $@"\b(going to|gonna|will|ill|i ll) (do it|end it|end things|go through with it)( \w+){{0,3}} ({Days}|after|when|once|before|at)\b"),
        new("crisis.plan", $@"\b{Days}( \w+){{0,6}} (im|i am) (going to|gonna) (do it|end it)\b|\b(its|it is|it s) (happening|going to happen) {Days}\b"),
        new("crisis.plan", @"\b(have|ve|got|had) (it )?(all )?(planned|planned out|figured out) for\b|\bset a date\b|\b(have|made|got) a plan to\b|\b(planning|planned) (how|when) to\b"),
        new("crisis.plan", @"\b(ill|i will|i ll|im going to|gonna) be (gone|dead) (before|by|soon|after)\b|\bby the time (anyone|you|someone|anybody) (reads|sees|gets|finds)\b"),
        new("crisis.plan", @"\b(wont|will not|might not|may not|probably wont|not going to|not gonna) be (here|around|alive) (anymore|any more|much longer|for long|by then|next|after)\b|\b(taking|took|swallowed) everything\b"),
        new("crisis.plan", @"\bbefore i do something( stupid| i regret| bad| drastic)?\b|\b(dont|do not|cant|can not) trust myself\b"),
        new("crisis.plan", $@"\b{Days} is the (day|night)$"),
        new("crisis.plan", @"\b(go through with|carry out|follow through (with|on)) what (i (had |have |ve |d )?|ive |id )planned\b"),

        // No future (AFSP: "acting as if there is no future"): cancelling what comes after; wishing for an accident.
        new("crisis.plan", @"\b(wont|will not|not going to|not gonna) (be )?(need|needing) (my|any|the|another|more)( \w+){0,3} (appointments?|refills?|sessions?|infusions?|prescriptions?|meds|medication)( \w+){0,5} (anymore|any more|after (that|this|today|tomorrow)|again)\b"),
        new("crisis.ideation", @"\b(hoping|hope|wish|wishing|praying)( that)? (the|my|our) (plane|flight|car|bus|train) (crashes|goes down|crash|go down|would crash)\b|\b(hoping|hope|wish|wishing|praying)( that)? i (get|got|would get|could get) (hit by|run over|cancer|in (a|an) (accident|crash))\b"),
        new("crisis.ideation", @"\b(wouldnt|would not|wouldn t) (even )?mind (if (a|the|some) (truck|car|bus|train)|dying|being dead|not waking up|if i died|if i didnt wake up)\b|\b(under|asleep|out) for good\b|\bif (a|the|some) (truck|car|bus|train) (hit|hits|ran over|runs over) me\b"),

        // Goodbyes and putting affairs in order.
        new("crisis.goodbye", @"\b(goodbye|good bye|farewell|suicide) (letters?|notes?|messages?|texts?|videos?)\b|\b(wrote|writing|left|leaving|written) (a |my )?(note|letters?) (for|to) (my|everyone|her|him|them|the)\b"),
        new("crisis.goodbye", @"\bgiv\w* away (my|all my|all of my|her|his|all her|all his|everything|all (my|her|his) (stuff|things))\b|\b(affairs|everything) in order\b"),
        new("crisis.goodbye", @"\b(finished|wrote|made|updated|signed) (my|a) (will|last will)\b|\bbeneficiar(y|ies)\b|\bmy (own )?funeral\b"),
        new("crisis.goodbye", @"\b(this is|saying|say|its) (my )?(goodbye|good bye)\b|\b(this is|its) my last message\b|\blast message from me\b|\bone last time\b"),
        new("crisis.goodbye", @"\bnew home for (my|her|his) (cat|dog|pets?|bird)\b|\brehom\w*\b|\b(when|after|once) (im|i am) (gone|dead|not here)\b"),
        new("crisis.goodbye", @"\bplease tell my \w+ (im sorry|i love|that i)\b|\bit was nice knowing (you|everyone|yall|all)\b|\bthank you for trying\b"),

        // Self-harm of every kind, and its urges.
        new("crisis.self-harm", @"\b(sh|self harm) (urges?|again|relapse)\b|\burges? to (sh|cut|self harm|hurt myself|burn)\b|\b(want|wanna|need|urge) to cut\b"),
        new("crisis.self-harm", @"\b(burning|cutting|scratching|hitting|biting|carving|picking at) my (arm|arms|leg|legs|thigh|thighs|skin|wrist|wrists|stomach|hands?)\b"),
        new("crisis.self-harm", @"\b(the|my|fresh|new|deep|deeper) cuts\b|\bwith (the|a) (blade|razor)\b|\brelapsed( \w+){0,6} (self harm|cutting|sh)\b"),
        new("crisis.self-harm", @"\buntil (it|they|i|my \w+) (bleeds?|bled|bleed|broke)\b|\b(carving|carve|carved) (into|words)\b|\bdeserve (the|this) pain\b|\bbecause i deserved? it\b"),
        new("crisis.self-harm", @"\b(dont|do not) deserve (food|to eat|to live|to be alive)\b|\b(hitting|banging|bang) my head\b|\b(burned|burnt|cut|hit|hurt) (myself|my \w+)( \w+){0,4} on purpose\b"),

        // Overdose and poisoning, of the writer or a child: a count of ten or more of anything people swallow.
        new("crisis.overdose", @"\b(took|taken|take|swallowed|ate|popped|downed) ([1-9]\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)( of (my|his|her|the|those|these))?( \w+)? (pills|tablets|caps|capsules|gummies|melatonin|benadryl|tylenol|advil|ibuprofen|aspirin|paracetamol|acetaminophen|xanax|ambien|lorazepam|klonopin|ativan|valium|oxy|oxys|percocet|vicodin|seroquel|trazodone|lithium|lamotrigine|propranolol|sertraline|zoloft|prozac|lexapro|wellbutrin|gabapentin|tramadol|troches?)\b"),
        new("crisis.attempt", @"\b(i|he|she|they) (attempted|made an attempt|tried to do it)( again)? (on|last|yesterday|this|today|tonight|over|a few days|two days|three days)\b|\b(hit|hitting|banged|banging|bashed|bashing|slammed|slamming|punched|punching) my (head|fist|hand|hands) (on|against|into) (the |a )?(wall|walls|floor|door|desk|mirror)\b"),

        // Overdose and poisoning, of the writer or a child.
        new("crisis.overdose", $@"\b(took|taken|swallowed|ate|popped|downed) (\d+|twenty|thirty|forty|fifty|a few|several|a bunch|a lot|lots)( of)?( \w+){{0,2}} ({Pills}|pills|of (my|his|her|the))\b"),
        new("crisis.overdose", @"\b(wine|vodka|alcohol|booze|beer|whiskey|liquor)( \w+){0,3} (with|and) (my |his |her )?(xanax|pills|meds|sleeping pills|benzos|klonopin|valium|ativan)\b|\b(pills|xanax|sleeping pills|benzos) with (vodka|wine|alcohol|booze|whiskey)\b"),
        new("crisis.overdose", @"\b(swallowed|got into|drank|ate)( \w+){0,3} (pills|medicine|meds|pill organizer|bleach|detergent|cleaner|poison)\b|\bunder the (kitchen |bathroom )?sink\b"),
        new("crisis.overdose", @"\b(double|triple|extra)( \w+){0,2} (dose|doses|pills) on purpose\b|\b(drank|drink|drinking|swallowed) (the |some |a bottle of |a cup of )?(antifreeze|bleach|poison)\b"),
    ];
}

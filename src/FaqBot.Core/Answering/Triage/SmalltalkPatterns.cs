namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Greeting, thanks, help and goodbye lexicons. Every pattern is anchored at both ends of the normalized
/// message, so small talk is recognised only when the message is essentially just that: "hi, how long
/// does a session last?" must reach retrieval as a question.
/// </summary>
internal static class SmalltalkPatterns
{
    // Filler that may open a small-talk message: "ok thanks", "oh hi".
    private const string Lead = "((ok|okay|k|oh|ah|well|um|umm|hmm|great|cool|awesome|perfect|alright|right|nice|wow|yes|yeah|yep|no|nope) )*";

    // Filler that may close one: "bye now", "thanks again bot".
    private const string Tail = "( (there|all|everyone|everybody|bot|faqbot|friend|mate|again|now|then|for now|lol|haha|please|pls|plz|x+|team|folks|guys|you|u|anyone there|is anyone there|anybody there|are you there))*";

    private const string Greeting =
        "(how are you|how are you doing|how r u|how are u|hows it going|hi+|hey+|heya|hello+|helo|hallo|hullo|howdy|hiya|yo|"
        + "greetings|good (morning|afternoon|evening|day)|morning|afternoon|evening|sup|whats up|wassup|hola|buenos dias|buen dia|buenas tardes|buenas|que tal|saludos)";

    /// <summary>Maximum normalized length worth testing: small talk is short.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// Requests that have nothing to do with the clinic, the kind every chat widget is tried with: a joke or a poem, the
    /// weather, a score, a unit or a capital, the time, a computer that misbehaves, a restaurant, a test message, a
    /// wrong chat. Anchored like the rest and worded tightly, because they are decided before the learned crisis layer
    /// (<see cref="BeforeTheLearnedLayer"/>): nothing a person at risk adds to them ("a joke before i go") matches.
    /// Answered as "help": what FaqBot can do.
    /// </summary>
    public static readonly IReadOnlyList<TriageRule> OffTopic =
    [
        new("offtopic", $@"^{Lead}(can you |could you |pls |please )?(tell|give|send) me (a|another|one more|some|your best) (good |funny |dad |knock knock )?(joke|jokes|riddle|fun fact|pun)( please| pls| lol)?$|^{Lead}(do you )?know any (good )?(jokes|riddles)$|^{Lead}(can you |could you |pls |please )?(write|make|compose) (me )?(a|an) (poem|haiku|limerick|rap|song) (about|on|for) (my |a |an |the )?(cat|cats|dog|dogs|tuesday|monday|friday|coffee|pizza|spring|summer|autumn|fall|winter|the weather|rain|love of pizza)$"),
        new("offtopic", $@"^{Lead}(whats|what is|hows|how is|whats gonna be|what will be) the weather( like)?( there| here| outside| today| tonight| tomorrow| tmrw| this weekend| for the weekend)*$|^{Lead}(is it|will it|is it going to|is it gonna|gonna) (rain|snow|be sunny|be hot|be cold|storm)( today| tonight| tomorrow| tmrw| this weekend| later| there)*$"),
        new("offtopic", $@"^{Lead}(who won the (game|match|race|super bowl|world series)( last night| yesterday| today)?|did the \w+ win( last night| yesterday| today)?|whats the score( of the game)?|anyone watching the game( tonight)?)$"),
        new("offtopic", @"^how many (ounces|oz|cups|grams|teaspoons|tablespoons|inches|feet|centimeters|cm|miles|kilometers|km|pounds|lbs|ml) (are )?in (a|an|one) (cup|pound|ounce|kilo|kilogram|gallon|liter|litre|foot|yard|mile|meter|metre|tablespoon)$|^(what is|whats) the capital of (\w+)( \w+)?$|^(what|whats) (time|day|the date) is it( now| today| rn| right now| in \w+)?$|^(what is|whats) \d+ (plus|minus|times|divided by|x) \d+$"),
        new("offtopic", $@"^{Lead}(test|testing|test test|testing testing|testing 123|testing 1 2 3|just testing|just testing this|just testing this thing|this is a test)( lol| sorry| ignore)?$|^(sorry |oops |whoops |my bad )*(wrong (chat|person|number|window|convo|conversation))( sorry| lol| oops| haha)*$"),
        new("offtopic", @"^(best|good|any good|any) (pizza|coffee|taco|tacos|burger|sushi|thai|chinese|mexican|indian|brunch) (place|places|spot|spots|truck|shop)( around here| near here| nearby| near you| in town| around there)?$|^how (do|can) i (get|make|fix|connect|reset) (my )?(wifi|printer|laptop|computer|phone|iphone|router|bluetooth)( to (connect|work|print)( to (the )?(wifi|internet|bluetooth))?)?$|^how (do|can) i convert (a )?pdf (to|into) (word|docx|a word doc|jpg)$"),
        new("offtopic", $@"^{Lead}(happy|merry) (friday|monday|weekend|holidays|christmas|xmas|new year|thanksgiving|easter|hanukkah|diwali|eid)( to (the team|you all|everyone|all of you|you guys|yall))?( everyone| all| guys| yall| team)?$"),
    ];

    /// <summary>Rules in priority order (goodbye first so "ok thanks bye" is a goodbye).</summary>
    public static readonly IReadOnlyList<TriageRule> Rules =
    [
        new("goodbye", $@"^{Lead}((thanks|thank you|thx|ty|cheers) )*(bye+|bye bye|by+e|goodbye|good bye|bye for now|see (you|ya|u)( later| soon| around)?|later|laters|cya|ttyl|talk (to you )?(later|soon)|good ?night|gn|night|take care|thats all|that is all|thats it|im done|i am done|all done|done|gotta go|have a (good|nice|great|lovely) (day|night|one|evening|weekend))( (thanks|thank you|thx|ty|cheers))*{Tail}$"),
        new("thanks", $@"^{Lead}((that was|thats|this was|this is|very|really|super|so) )*(helpful|useful|great|very helpful|informative|good to know)?( ?(thanks+|thank you+|thankyou|thank u|thanx|thnx|thnks|thx|ty|tysm|tyvm|cheers|many thanks|much appreciated|appreciate it|i appreciate it|i appreciate that|thanks a lot|thanks a bunch|thanks a ton))+( (so|very) much| a lot| a ton| heaps| loads| again)*( for (your|the|all the|all your|all of the) (help|answers?|info|information|explanation)| for that| for this| for helping( me)?| for the info)?{Tail}$"),
        new("thanks", $@"^{Lead}((that was|thats|this was|this is|very|really|super|so) )+(helpful|useful|informative|great|perfect|good to know){Tail}$"),
        // Spanish thanks, but not "gracias por todo" ("thanks for everything"), which can be a farewell.
        new("thanks", $@"^{Lead}(muchas |mil |muchisimas )?gracias( por (la|su|tu) (ayuda|informacion|respuesta))?( (senor|senora|senorita|amigo|amiga|bot))?{Tail}$"),
        // A bare acknowledgement closes a thread like thanks does; sent to retrieval it would only abstain.
        new("thanks", @"^(ok|okay|k|kk|cool|got it|gotcha|great|perfect|nice|alright|sounds good|understood|i see|makes sense|fair enough|good|good to know|noted)( (ok|okay|cool|great|thanks|then|lol|haha))*$"),
        new("greeting", $@"^{Lead}{Greeting}( {Greeting})*{Tail}( (how are you|how are you doing|how r u|how are u|hows it going|how is it going|hope you are well|hope youre well|nice to meet you))?{Tail}$"),
        new("help", $@"^{Lead}(help|help me|help please|menu|options|commands|start|get started|what can you do|what do you do|what can i ask( you)?|what should i ask( you)?|what questions can i ask( you)?|what do you know( about)?|what can you help (me )?with|what can you tell me( about)?|what are you|who are you|are you a (bot|robot|human|real person|person|ai)|are you real|how does this (work|bot work|chat work)|how do i use (this|you|this bot)|what is this|what topics( do you cover| can you answer)?|who made you|who built you|who runs this|what are you for){Tail}$"),
    ];

    /// <summary>
    /// The small talk decided before the learned crisis layer: greetings, thanks and off-topic requests. They
    /// describe the whole message and say nothing about the writer, and the learned layer, which has rarely seen such
    /// messages, sent many of them to the crisis card ("tell me a joke", "happy friday"; docs/benchmarks.md, triage
    /// round 16). Goodbyes and "help" are not among them: "im done", "goodbye" and "thats it" can be a farewell and "help"
    /// or "help me" a cry for it (a crisis bank has "help" alone), so the learned layer still reads them first. The crisis
    /// and emergency rules always run before any of these.
    /// </summary>
    public static readonly IReadOnlyList<TriageRule> BeforeTheLearnedLayer = [.. Rules.Where(IsDecidedFirst), .. OffTopic];

    /// <summary>The small talk decided after the learned layer: goodbyes and "help" (the rest was decided before it).</summary>
    public static readonly IReadOnlyList<TriageRule> AfterTheLearnedLayer = [.. Rules.Where(r => !IsDecidedFirst(r))];

    // Greetings and thanks. The two lists above come after Rules and OffTopic in the file because static fields are
    // initialised in the order they are written.
    private static bool IsDecidedFirst(TriageRule rule) => rule.Name is "greeting" or "thanks";
}

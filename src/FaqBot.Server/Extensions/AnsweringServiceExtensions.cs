using FaqBot.Bot;
using FaqBot.Core.Answering;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;
using FaqBot.Embeddings;
using FaqBot.Server.Answering;
using FaqBot.Server.Configuration;
using FaqBot.Server.Startup;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Extensions;

public static class AnsweringServiceExtensions
{
    // The one place where the answering engine is wired; everything else only sees IQuestionAnswerer.
    public static IServiceCollection AddFaqAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<ClinicOptions>(configuration, ClinicOptions.SectionName);
        services.AddValidatedOptions<SearchOptions>(configuration, SearchOptions.SectionName);
        services.AddValidatedOptions<KnowledgeBaseOptions>(configuration, KnowledgeBaseOptions.SectionName);
        services.AddValidatedOptions<IndexOptions>(configuration, IndexOptions.SectionName).ValidateWith<IndexOptions, IndexOptionsValidator>();
        services.AddOptions<FaqEngineSettings>().Configure<IOptions<ClinicOptions>, IOptions<SearchOptions>, IOptions<KnowledgeBaseOptions>, IOptions<IndexOptions>, IOptions<BotOptions>>(
            (settings, clinic, search, kb, index, bot) =>
            {
                settings.ExampleQuestions = bot.Value.EffectiveExampleQuestions;
                settings.Clinic = clinic.Value;
                settings.Search = search.Value;
                settings.KnowledgeBase = kb.Value;
                settings.Index = index.Value;
            });
        // One sentence encoder per process, shared by retrieval (unless Search:UseEmbeddings=false) and triage; triage
        // picks the shipped weights fitted for it, and start-up fails when there are none.
        services.AddValidatedOptions<EmbeddingsOptions>(configuration, EmbeddingsOptions.SectionName);
        services.AddSingleton<SentenceEncoderHolder>();
        services.AddSingleton(sp => MessageTriage.For(sp.GetRequiredService<SentenceEncoderHolder>().TriageEncoder));
        services.AddSingleton<EngineHost>();
        services.AddSingleton<IQuestionAnswerer>(sp => sp.GetRequiredService<EngineHost>());
        services.AddSingleton<IKnowledgeBaseAdmin>(sp => sp.GetRequiredService<EngineHost>());
        services.AddHostedServiceAfter<KnowledgeBaseWatcher>(StartupMilestone.IndexOpened);
        return services;
    }
}

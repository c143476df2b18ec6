using FaqBot.Core.Answering;
using FaqBot.Server.Answering;

namespace FaqBot.Server.Extensions;

public static class AnsweringServiceExtensions
{
    // The one place where the answering engine is wired; everything else only sees IQuestionAnswerer.
    public static IServiceCollection AddFaqAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ClinicOptions>().Bind(configuration.GetSection(ClinicOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IQuestionAnswerer, PlaceholderAnswerer>();
        return services;
    }
}

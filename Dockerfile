# FaqBot in a container: `docker build -t faqbot .` then
#   docker run -p 3978:3978 -v faqbot-data:/srv/faqbot/data faqbot
# The build stage has Node.js/npm because the build itself runs `npm ci` (Web Chat from the committed
# package-lock.json, src/FaqBot.Server/ClientApp); the running image has neither the SDK nor npm.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/FaqBot.Server -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /srv/faqbot
COPY --from=build /app /opt/faqbot
# The clinic's settings and documents: the working directory is the content root, as with `dotnet run`.
COPY appsettings.json ./
COPY knowledge-base ./knowledge-base
# data/ (the SQLite database and the index) is the one writable place; keep it on a volume.
RUN mkdir data && chown app:app data && chmod 0700 data
USER app
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS=http://+:3978 \
    DOTNET_NOLOGO=1
EXPOSE 3978
VOLUME /srv/faqbot/data
ENTRYPOINT ["dotnet", "/opt/faqbot/FaqBot.Server.dll"]

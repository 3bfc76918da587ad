# Permitted: outbound SMTP proxy checking Amazon Buyer-Seller messages.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY policies ./policies
COPY proxy ./proxy
RUN pip install --no-cache-dir . && useradd --system --home /var/lib/permitted permitted \
    && mkdir -p /var/lib/permitted && chown permitted /var/lib/permitted
USER permitted
WORKDIR /var/lib/permitted
EXPOSE 2525
ENTRYPOINT ["permitted"]
CMD ["serve", "--config", "/etc/permitted/permitted.toml"]

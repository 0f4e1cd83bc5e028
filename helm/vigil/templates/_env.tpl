{{/* Non-secret settings of each service, as Spring Boot environment variables (relaxed binding of the real
     properties: vigil.probe.region is VIGIL_PROBE_REGION). deploy-checks verifies every name against the
     services' configuration metadata. */}}

{{- define "vigil.tokenEnv" -}}
SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI: {{ include "vigil.issuerUri" . | quote }}
SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI: {{ include "vigil.jwkSetUri" . | quote }}
{{- end -}}

{{- define "vigil.env.gateway" -}}
{{ include "vigil.commonEnv" . }}
{{ include "vigil.tokenEnv" . }}
VIGIL_GATEWAY_REGISTRYURI: {{ .Values.gateway.registryUri | default (printf "http://%s:8080" (include "vigil.componentName" (dict "root" . "component" "registry"))) | quote }}
VIGIL_GATEWAY_CONSOLEURI: {{ printf "http://%s:8080" (include "vigil.componentName" (dict "root" . "component" "console")) | quote }}
VIGIL_GATEWAY_RATELIMIT_STORE: {{ .Values.gateway.rateLimit.store | quote }}
VIGIL_GATEWAY_RATELIMIT_REPLENISHPERSECOND: {{ .Values.gateway.rateLimit.replenishPerSecond | quote }}
VIGIL_GATEWAY_RATELIMIT_BURSTCAPACITY: {{ .Values.gateway.rateLimit.burstCapacity | quote }}
{{- with .Values.gateway.corsAllowedOrigins }}
VIGIL_GATEWAY_CORS_ALLOWEDORIGINS: {{ join "," . | quote }}
{{- end }}
{{- if eq .Values.gateway.rateLimit.store "redis" }}
SPRING_DATA_REDIS_HOST: {{ required "gateway.rateLimit.redis.host is required with store=redis" .Values.gateway.rateLimit.redis.host | quote }}
SPRING_DATA_REDIS_PORT: {{ .Values.gateway.rateLimit.redis.port | quote }}
{{- end }}
{{- end -}}

{{- /* The console uses no Kafka: only the JVM options of the common settings. It signs users in with Keycloak's
       public issuer (browsers are sent there), reads the API from this release's registry and relays the gateway's
       live stream. */}}
{{- define "vigil.env.console" -}}
{{- with .Values.javaToolOptions }}
JAVA_TOOL_OPTIONS: {{ . | quote }}
{{- end }}
SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_ISSUERURI: {{ include "vigil.issuerUri" . | quote }}
SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENTID: {{ .Values.console.clientId | quote }}
VIGIL_CONSOLE_APIURI: {{ printf "http://%s:8080" (include "vigil.componentName" (dict "root" . "component" "registry")) | quote }}
VIGIL_CONSOLE_LIVEURI: {{ printf "http://%s:8080/api/v1/live" (include "vigil.componentName" (dict "root" . "component" "gateway")) | quote }}
{{- end -}}

{{- define "vigil.env.registry" -}}
{{ include "vigil.commonEnv" . }}
{{ include "vigil.tokenEnv" . }}
SPRING_DATASOURCE_URL: {{ printf "jdbc:postgresql://%s:%v/%s" (include "vigil.postgresHost" .) .Values.postgresql.port .Values.postgresql.registry.database | quote }}
SPRING_DATASOURCE_USERNAME: {{ .Values.postgresql.registry.username | quote }}
VIGIL_REGISTRY_QUOTA_DEFAULTMAXACTIVEMONITORS: {{ .Values.registry.defaultMaxActiveMonitors | quote }}
VIGIL_REGISTRY_MONITORS_ALLOWPRIVATETARGETS: {{ .Values.registry.allowPrivateTargets | quote }}
VIGIL_REGISTRY_CDC_TOPICREPLICATIONFACTOR: {{ include "vigil.kafkaReplicationFactor" . | quote }}
VIGIL_REGISTRY_READMODEL_TOPICREPLICATIONFACTOR: {{ include "vigil.kafkaReplicationFactor" . | quote }}
{{- end -}}

{{- define "vigil.env.scheduler" -}}
{{ include "vigil.commonEnv" . }}
VIGIL_SCHEDULER_REGIONS: {{ join "," .Values.scheduler.regions | quote }}
VIGIL_SCHEDULER_TOPICS_REPLICATIONFACTOR: {{ include "vigil.kafkaReplicationFactor" . | quote }}
{{- end -}}

{{- define "vigil.env.probe" -}}
{{ include "vigil.commonEnv" . }}
VIGIL_PROBE_REGION: {{ .Values.region | quote }}
VIGIL_PROBE_INTAKE_GROUPID: {{ include "vigil.probeConsumerGroup" . | quote }}
VIGIL_PROBE_MAXINFLIGHT: {{ .Values.probe.maxInFlight | quote }}
VIGIL_PROBE_TOPICS_REPLICATIONFACTOR: {{ include "vigil.kafkaReplicationFactor" . | quote }}
{{- with .Values.probe.egress.allowedCidrs }}
VIGIL_PROBE_EGRESS_ALLOWEDCIDRS: {{ join "," . | quote }}
{{- end }}
{{- end -}}

{{- define "vigil.env.analytics" -}}
{{ include "vigil.commonEnv" . }}
VIGIL_ANALYTICS_STATEDIR: /var/lib/vigil/analytics
VIGIL_ANALYTICS_STANDBYREPLICAS: {{ .Values.analytics.standbyReplicas | quote }}
VIGIL_ANALYTICS_STREAMTHREADS: {{ .Values.analytics.streamThreads | quote }}
VIGIL_ANALYTICS_REPLICATIONFACTOR: {{ include "vigil.kafkaReplicationFactor" . | quote }}
{{- end -}}

{{- define "vigil.env.notifier" -}}
{{ include "vigil.commonEnv" . }}
SPRING_DATASOURCE_URL: {{ printf "jdbc:postgresql://%s:%v/%s" (include "vigil.postgresHost" .) .Values.postgresql.port .Values.postgresql.notifier.database | quote }}
SPRING_DATASOURCE_USERNAME: {{ .Values.postgresql.notifier.username | quote }}
{{- if .Values.devDependencies.enabled }}
SPRING_MAIL_HOST: {{ printf "%s-mailpit" (include "vigil.fullname" .) | quote }}
SPRING_MAIL_PORT: "1025"
{{- /* The bundled Mailpit speaks plain SMTP; the notifier requires STARTTLS by default. */}}
SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE: "false"
SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_REQUIRED: "false"
{{- else }}
SPRING_MAIL_HOST: {{ .Values.smtp.host | quote }}
SPRING_MAIL_PORT: {{ .Values.smtp.port | quote }}
SPRING_MAIL_USERNAME: {{ .Values.smtp.username | quote }}
SPRING_MAIL_PROPERTIES_MAIL_SMTP_AUTH: {{ .Values.smtp.auth | quote }}
SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE: {{ .Values.smtp.starttls | quote }}
SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_REQUIRED: {{ .Values.smtp.starttls | quote }}
{{- end }}
VIGIL_NOTIFIER_DASHBOARDBASEURL: {{ .Values.dashboardBaseUrl | quote }}
VIGIL_NOTIFIER_EMAIL_FROM: {{ .Values.notifier.fromAddress | quote }}
VIGIL_NOTIFIER_KAFKA_REPLICATIONFACTOR: {{ include "vigil.kafkaReplicationFactor" . | quote }}
{{- end -}}

{{/* Secret settings of each service, as env entries with secretKeyRef. */}}
{{- define "vigil.secretEnv.registry" -}}
- name: SPRING_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      {{- include "vigil.secretRef" (dict "root" . "existing" .Values.postgresql.registry.existingSecret "key" .Values.postgresql.registry.passwordKey) | nindent 6 }}
- name: VIGIL_REGISTRY_CHANNELS_SEALINGKEY
  valueFrom:
    secretKeyRef:
      {{- include "vigil.secretRef" (dict "root" . "existing" .Values.channelSecretKey.existingSecret "key" .Values.channelSecretKey.key) | nindent 6 }}
- name: VIGIL_REGISTRY_CHECKS_SECRETKEY
  valueFrom:
    secretKeyRef:
      {{- include "vigil.secretRef" (dict "root" . "existing" .Values.checkSecretKey.existingSecret "key" .Values.checkSecretKey.key) | nindent 6 }}
{{- end -}}

{{- define "vigil.secretEnv.probe" -}}
- name: VIGIL_PROBE_CHECKSECRETKEY
  valueFrom:
    secretKeyRef:
      {{- include "vigil.secretRef" (dict "root" . "existing" .Values.checkSecretKey.existingSecret "key" .Values.checkSecretKey.key) | nindent 6 }}
{{- end -}}

{{- define "vigil.secretEnv.notifier" -}}
- name: SPRING_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      {{- include "vigil.secretRef" (dict "root" . "existing" .Values.postgresql.notifier.existingSecret "key" .Values.postgresql.notifier.passwordKey) | nindent 6 }}
- name: VIGIL_NOTIFIER_CHANNELSECRETKEY
  valueFrom:
    secretKeyRef:
      {{- include "vigil.secretRef" (dict "root" . "existing" .Values.channelSecretKey.existingSecret "key" .Values.channelSecretKey.key) | nindent 6 }}
{{- if not .Values.devDependencies.enabled }}
- name: SPRING_MAIL_PASSWORD
  valueFrom:
    secretKeyRef:
      {{- include "vigil.secretRef" (dict "root" . "existing" .Values.smtp.existingSecret "key" .Values.smtp.passwordKey) | nindent 6 }}
{{- end }}
{{- end -}}

{{- define "vigil.secretEnv.console" -}}
- name: SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENTSECRET
  valueFrom:
    secretKeyRef:
      {{- include "vigil.secretRef" (dict "root" . "existing" .Values.console.clientSecret.existingSecret "key" .Values.console.clientSecret.key) | nindent 6 }}
{{- end -}}

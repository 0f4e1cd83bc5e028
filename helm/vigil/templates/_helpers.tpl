{{/* Release-scoped name prefix. */}}
{{- define "vigil.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* The Maven module (and image) of a component key. */}}
{{- define "vigil.module" -}}
{{- get (dict "gateway" "gateway" "registry" "registry-service" "scheduler" "scheduler-service" "probe" "probe-service" "analytics" "analytics-streams" "notifier" "notifier-service" "console" "console") . -}}
{{- end -}}

{{/* Resource name of a component: <fullname>-<module>. Args: root, component. */}}
{{- define "vigil.componentName" -}}
{{- printf "%s-%s" (include "vigil.fullname" .root) (include "vigil.module" .component) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "vigil.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: vigil
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ include "vigil.imageTag" . | quote }}
vigil.dev/region: {{ .Values.region | quote }}
{{- end -}}

{{/* Selector labels of a component. Args: root, component. */}}
{{- define "vigil.selectorLabels" -}}
app.kubernetes.io/name: {{ include "vigil.module" .component }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "vigil.componentLabels" -}}
{{ include "vigil.labels" .root }}
app.kubernetes.io/name: {{ include "vigil.module" .component }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "vigil.imageTag" -}}
{{- .Values.image.tag | default .Chart.AppVersion -}}
{{- end -}}

{{- define "vigil.image" -}}
{{- printf "%s/vigil-%s:%s" .root.Values.image.registry (include "vigil.module" .component) (include "vigil.imageTag" .root) -}}
{{- end -}}

{{- define "vigil.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- .Values.serviceAccount.name | default (include "vigil.fullname" .) -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/* The chart's own Secret, holding the secrets given inline. */}}
{{- define "vigil.secretName" -}}
{{- printf "%s-secrets" (include "vigil.fullname" .) -}}
{{- end -}}

{{- define "vigil.kafkaBootstrapServers" -}}
{{- if .Values.devDependencies.enabled -}}
{{- printf "%s-kafka:9092" (include "vigil.fullname" .) -}}
{{- else -}}
{{- required "kafka.bootstrapServers is required" .Values.kafka.bootstrapServers -}}
{{- end -}}
{{- end -}}

{{- define "vigil.kafkaReplicationFactor" -}}
{{- if .Values.devDependencies.enabled -}}1{{- else -}}{{ .Values.kafka.replicationFactor }}{{- end -}}
{{- end -}}

{{/* The bundled dev Kafka is one broker, so a write cannot wait for a second replica there. */}}
{{- define "vigil.kafkaMinInsyncReplicas" -}}
{{- if .Values.devDependencies.enabled -}}1{{- else -}}
{{- if gt (int .Values.kafka.minInsyncReplicas) (int .Values.kafka.replicationFactor) -}}
{{- fail "kafka.minInsyncReplicas must not exceed kafka.replicationFactor: no write could ever be acknowledged" -}}
{{- end -}}
{{- .Values.kafka.minInsyncReplicas -}}
{{- end -}}
{{- end -}}

{{- define "vigil.postgresHost" -}}
{{- if .Values.devDependencies.enabled -}}
{{- printf "%s-postgresql" (include "vigil.fullname" .) -}}
{{- else -}}
{{- required "postgresql.host is required" .Values.postgresql.host -}}
{{- end -}}
{{- end -}}

{{- define "vigil.issuerUri" -}}
{{- if .Values.devDependencies.enabled -}}
{{- printf "%s/realms/vigil" (trimSuffix "/" .Values.devDependencies.keycloak.publicUrl) -}}
{{- else -}}
{{- required "keycloak.issuerUri is required" .Values.keycloak.issuerUri -}}
{{- end -}}
{{- end -}}

{{- define "vigil.jwkSetUri" -}}
{{- if .Values.devDependencies.enabled -}}
{{- printf "http://%s-keycloak:8080/realms/vigil/protocol/openid-connect/certs" (include "vigil.fullname" .) -}}
{{- else -}}
{{- .Values.keycloak.jwkSetUri | default (printf "%s/protocol/openid-connect/certs" (trimSuffix "/" .Values.keycloak.issuerUri)) -}}
{{- end -}}
{{- end -}}

{{/* The consumer group probe-service joins; KEDA measures the lag of the same group. */}}
{{- define "vigil.probeConsumerGroup" -}}
{{- .Values.probe.consumerGroup | default (printf "probe-service-%s" .Values.region) -}}
{{- end -}}

{{/* Secret name and key of a secret value that may come from an existing Secret. Args: root, existing, key. */}}
{{- define "vigil.secretRef" -}}
name: {{ .existing | default (include "vigil.secretName" .root) }}
key: {{ .key }}
{{- end -}}

{{/* Environment shared by every service: Kafka, JVM options. */}}
{{- define "vigil.commonEnv" -}}
SPRING_KAFKA_BOOTSTRAPSERVERS: {{ include "vigil.kafkaBootstrapServers" . | quote }}
{{- range $key, $value := .Values.kafka.properties }}
SPRING_KAFKA_PROPERTIES_{{ $key | upper | replace "." "_" | replace "-" "" }}: {{ $value | quote }}
{{- end }}
{{- with .Values.javaToolOptions }}
JAVA_TOOL_OPTIONS: {{ . | quote }}
{{- end }}
{{- end -}}

{{- define "vigil.kafkaSecretEnv" -}}
{{- if .Values.kafka.saslJaasConfig.existingSecret }}
- name: SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG
  valueFrom:
    secretKeyRef:
      name: {{ .Values.kafka.saslJaasConfig.existingSecret }}
      key: {{ .Values.kafka.saslJaasConfig.key }}
{{- end }}
{{- end -}}

{{/* Topics.PROBE_REQUESTS of the contracts catalog; deploy-checks keeps this equal to it. */}}
{{- define "vigil.probeRequestsTopic" -}}vigil.probe-requests.v1{{- end -}}

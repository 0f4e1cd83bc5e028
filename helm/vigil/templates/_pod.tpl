{{/* The pod template every Vigil service shares. Args: root, component, stateVolume (optional claim name). */}}
{{- define "vigil.podTemplate" -}}
{{- $root := .root }}
{{- $component := .component }}
{{- $values := index $root.Values $component }}
{{- $name := include "vigil.componentName" (dict "root" $root "component" $component) }}
metadata:
  labels:
    {{- include "vigil.componentLabels" (dict "root" $root "component" $component) | nindent 4 }}
  annotations:
    {{- /* Pods restart when their settings change, which envFrom alone would not do. */}}
    checksum/config: {{ printf "%s%s" (include (printf "vigil.env.%s" $component) $root) (toJson $values.env) | sha256sum }}
    {{- with $values.podAnnotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  serviceAccountName: {{ include "vigil.serviceAccountName" $root }}
  automountServiceAccountToken: false
  {{- with $root.Values.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  securityContext:
    {{- toYaml $root.Values.podSecurityContext | nindent 4 }}
  terminationGracePeriodSeconds: 45
  {{- if $root.Values.topologySpread.enabled }}
  topologySpreadConstraints:
    {{- range $key := list $root.Values.topologySpread.topologyKey "kubernetes.io/hostname" }}
    - maxSkew: {{ $root.Values.topologySpread.maxSkew }}
      topologyKey: {{ $key }}
      whenUnsatisfiable: {{ $root.Values.topologySpread.whenUnsatisfiable }}
      labelSelector:
        matchLabels:
          {{- include "vigil.selectorLabels" (dict "root" $root "component" $component) | nindent 10 }}
    {{- end }}
  {{- end }}
  {{- with $values.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $values.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $values.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  containers:
    - name: {{ include "vigil.module" $component }}
      image: {{ include "vigil.image" (dict "root" $root "component" $component) }}
      imagePullPolicy: {{ $root.Values.image.pullPolicy }}
      ports:
        - name: http
          containerPort: 8080
          protocol: TCP
      envFrom:
        - configMapRef:
            name: {{ $name }}
      {{- $secretEnv := "" }}
      {{- if has $component (list "registry" "notifier" "probe" "console") }}
      {{- $secretEnv = include (printf "vigil.secretEnv.%s" $component) $root }}
      {{- end }}
      {{- $kafkaSecretEnv := include "vigil.kafkaSecretEnv" $root }}
      {{- if or $secretEnv (trim $kafkaSecretEnv) }}
      env:
        {{- with $secretEnv }}
        {{- . | nindent 8 }}
        {{- end }}
        {{- with trim $kafkaSecretEnv }}
        {{- . | nindent 8 }}
        {{- end }}
      {{- end }}
      startupProbe:
        httpGet:
          path: /actuator/health/liveness
          port: http
        periodSeconds: 5
        failureThreshold: 60
      livenessProbe:
        httpGet:
          path: /actuator/health/liveness
          port: http
        periodSeconds: 10
        timeoutSeconds: 3
        failureThreshold: 3
      readinessProbe:
        httpGet:
          path: /actuator/health/readiness
          port: http
        periodSeconds: 5
        timeoutSeconds: 3
        failureThreshold: 3
      resources:
        {{- toYaml $values.resources | nindent 8 }}
      securityContext:
        {{- toYaml $root.Values.containerSecurityContext | nindent 8 }}
      volumeMounts:
        - name: tmp
          mountPath: /tmp
        {{- with .stateVolume }}
        - name: {{ . }}
          mountPath: /var/lib/vigil/analytics
        {{- end }}
  volumes:
    - name: tmp
      emptyDir: {}
{{- end -}}

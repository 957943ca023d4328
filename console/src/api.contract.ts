/* Generated from GET /api/openapi.json by `npm run console:api-types`. Do not edit by hand. */
export interface paths {
  '/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The console
     * @description Public.
     */
    get: operations['get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This document: the OpenAPI 3.1 description of the REST API
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getOpenapiJson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alert-sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Alert sources
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAlertSources'];
    put?: never;
    /**
     * Register an alert source; its token is in the answer, and never again
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAlertSources'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alert-sources/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An alert source
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAlertSourcesId'];
    /**
     * Change an alert source (its token stays)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    put: operations['putAlertSourcesId'];
    post?: never;
    /**
     * Remove an alert source (the alerts it sent stay)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteAlertSourcesId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alert-sources/{id}/poll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read a feed source now: new entries become alerts (alert:manage)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAlertSourcesIdPoll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alert-sources/{id}/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Renew an alert source’s token: the old one stops working at once
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAlertSourcesIdToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alert-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Alert templates in scope, by gate, event and language (event: part of its name)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAlertTemplates'];
    put?: never;
    /**
     * Write an alert template for a gate, an event and one of the gate’s languages (a draft)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAlertTemplates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alert-templates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An alert template
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAlertTemplatesId'];
    /**
     * Change an alert template: it goes back to draft until approved again
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    put: operations['putAlertTemplatesId'];
    post?: never;
    /**
     * Remove an alert template
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteAlertTemplatesId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alert-templates/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve an alert template written by someone else: alerts use it from now on
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAlertTemplatesIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Alerts received, newest first, each as it stands now
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An alert and what it did at each gate
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAlertsId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve the alert at every gate where it waits and you may approve it
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAlertsIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/{id}/clear': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take the alert off every screen (or withdraw it) at the gates you may act on
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAlertsIdClear'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/{id}/xml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The alert’s document exactly as it was received
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAlertsIdXml'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The alert report over a period: each alert at each screen, shown from when, until when, for how long, with or without its screenshot; CSV for Excel set to Vietnamese, or .xlsx
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAlertsReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List where every reviewed item in scope stands (state=submitted: the review queue)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getApprovals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List assets
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAssets'];
    put?: never;
    /**
     * Upload an image or video (the bytes are the body; ?name= names it)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAssets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read an asset
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAssetsId'];
    /**
     * Replace an asset
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    put: operations['putAssetsId'];
    post?: never;
    /**
     * Delete an asset
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteAssetsId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assets/{id}/thumbnail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An asset's console thumbnail
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAssetsIdThumbnail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log, newest first
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log as CSV
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAuditExportCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with a password (and a second-factor code or a recovery code); sets the session cookie
     * @description Public.
     */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out (ends the session)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who is signed in (a person: also whether a second factor is on, recovery codes left)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getAuthMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change my password (signs every session out)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAuthPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start second-factor enrolment (the secret is shown once)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAuthTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm second-factor enrolment with a code (answers the recovery codes, shown once)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAuthTotpConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turn my second factor off (with a code)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAuthTotpDisable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/recovery-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * New recovery codes with a code (the old ones stop working; shown once)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postAuthTotpRecoveryCodes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blackouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Blackouts: those in force first, then the newest
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getBlackouts'];
    put?: never;
    /**
     * Black out screens: one screen, gates, or everything
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postBlackouts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blackouts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A blackout
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getBlackoutsId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blackouts/{id}/lift': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lift a blackout
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postBlackoutsIdLift'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a CAP 1.2 alert (the XML document as the body): 201 with what it did, 200 when the same alert was already received
     * @description Only an alert source, with its own token (Authorization: Bearer gcs_…).
     */
    post: operations['postCap'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cap/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * What a CAP 1.2 alert would do now (gates, languages, on screen or waiting), checked like a real one; nothing is stored or shown
     * @description Only an alert source, with its own token (Authorization: Bearer gcs_…).
     */
    post: operations['postCapPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Data sources reaching your gates, with their health
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getDataSources'];
    put?: never;
    /**
     * Register a data source; its token is in the answer, and never again
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postDataSources'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-sources/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A data source and its health
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getDataSourcesId'];
    /**
     * Change a data source (its token, health and values stay)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    put: operations['putDataSourcesId'];
    post?: never;
    /**
     * Remove a data source and every value it gave
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteDataSourcesId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-sources/{id}/poll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read a pull source now, rather than at its next turn (data:manage)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postDataSourcesIdPoll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-sources/{id}/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Renew a data source’s token: the old one stops working at once
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postDataSourcesIdToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-sources/{id}/values': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current value of every path of a source: its newest accepted observation
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getDataSourcesIdValues'];
    put?: never;
    /**
     * Enter values by hand (rates no feed publishes): a jump beyond the bound waits for another person
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postDataSourcesIdValues'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-sources/{id}/values/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every value a source gave (of one path, or all), newest observation first, in every state
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getDataSourcesIdValuesHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-values': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Values of the sources reaching your gates, newest received first (state=held: waiting for a look)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getDataValues'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-values/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One value as stored
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getDataValuesId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-values/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Let a held value through: it becomes current unless a newer one was accepted meanwhile
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postDataValuesIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-values/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turn a held value down: the current value stays
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postDataValuesIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data/values': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Send values (the source’s token): each path’s observation is stored once; an older one than the current is kept but not shown; a jump beyond the bound waits for an approver
     * @description Only a data source, with its own token (Authorization: Bearer gcv_…).
     */
    put: operations['putDataValues'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/emergencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Emergency messages: those waiting or on screen first, then the newest
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getEmergencies'];
    put?: never;
    /**
     * Send an emergency message: on screen at once where every target gate lets one approver send, else waiting for a second approver
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postEmergencies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/emergencies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An emergency message, with each screen’s acknowledgement
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getEmergenciesId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/emergencies/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve an emergency message as the second approver
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postEmergenciesIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/emergencies/{id}/clear': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Clear an emergency message
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postEmergenciesIdClear'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/emergencies/{id}/proofs/{screenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The screenshot a screen sent when the emergency first showed there
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getEmergenciesIdProofsScreenId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fleet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every screen in scope with its status at a glance, and how many are in each state
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getFleet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List gates
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getGates'];
    put?: never;
    /**
     * Create a gate
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postGates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a gate
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getGatesId'];
    /**
     * Replace a gate
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    put: operations['putGatesId'];
    post?: never;
    /**
     * Delete a gate
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteGatesId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gates/{id}/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A gate’s calendar: the draft waiting for approval and the approved one its screens have
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getGatesIdCalendar'];
    /**
     * Save a gate’s calendar as a draft: its screens keep the approved one until another person approves
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    put: operations['putGatesIdCalendar'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gates/{id}/calendar/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a gate’s draft calendar (another person than its author): its screens get it at once and its opening-hours message is written
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postGatesIdCalendarApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gates/{id}/calendar/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Drop a gate’s draft calendar; the approved one stays
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postGatesIdCalendarDiscard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gates/{id}/calendar/holidays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The public holidays of a year computed from their rules, Vietnam’s and the neighbour’s, to take into the calendar
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getGatesIdCalendarHolidays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List messages
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getMessages'];
    put?: never;
    /**
     * Create a message
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postMessages'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a message
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getMessagesId'];
    /**
     * Replace a message
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    put: operations['putMessagesId'];
    post?: never;
    /**
     * Delete a message
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteMessagesId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messages/{id}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where a message stands in review
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getMessagesIdApproval'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messages/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a message's submitted draft (it goes live)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postMessagesIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messages/{id}/on-air': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where a message's approved version plays: screens by gate (what a delete would take off)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getMessagesIdOnAir'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messages/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a message's submitted draft, with a reason
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postMessagesIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messages/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a message's draft for review
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postMessagesIdSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/overrides/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The screens and gates an emergency or a blackout would reach, and whether (and by whom) an emergency needs a second approval; changes nothing
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postOverridesPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playlists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List playlists
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getPlaylists'];
    put?: never;
    /**
     * Create a playlist
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postPlaylists'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playlists/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a playlist
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getPlaylistsId'];
    /**
     * Replace a playlist
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    put: operations['putPlaylistsId'];
    post?: never;
    /**
     * Delete a playlist
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deletePlaylistsId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playlists/{id}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where a playlist stands in review
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getPlaylistsIdApproval'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playlists/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a playlist's submitted draft (it goes live)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postPlaylistsIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playlists/{id}/on-air': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where a playlist's approved version plays: screens by gate (what a delete would take off)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getPlaylistsIdOnAir'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playlists/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a playlist's submitted draft, with a reason
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postPlaylistsIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playlists/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a playlist's draft for review
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postPlaylistsIdSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Availability per screen over a period
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getReportsAvailability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/availability.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Availability over a period, as CSV for Excel set to Vietnamese (UTF-8 with BOM, `;` separated, decimal comma, dd/MM/yyyy)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getReportsAvailabilityCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/availability.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Availability over a period, as an .xlsx workbook
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getReportsAvailabilityXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/plays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Proof of play per message and screen over a period
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getReportsPlays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/plays.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Proof of play over a period, as CSV for Excel set to Vietnamese (UTF-8 with BOM, `;` separated, decimal comma, dd/MM/yyyy)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getReportsPlaysCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/plays.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Proof of play over a period, as an .xlsx workbook
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getReportsPlaysXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schedules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List schedules
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getSchedules'];
    put?: never;
    /**
     * Create a schedule
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postSchedules'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schedules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a schedule
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getSchedulesId'];
    /**
     * Replace a schedule
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    put: operations['putSchedulesId'];
    post?: never;
    /**
     * Delete a schedule
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteSchedulesId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schedules/{id}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where a schedule stands in review
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getSchedulesIdApproval'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schedules/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a schedule's submitted draft (it goes live)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postSchedulesIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schedules/{id}/on-air': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where a schedule's approved version plays: screens by gate (what a delete would take off)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getSchedulesIdOnAir'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schedules/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a schedule's submitted draft, with a reason
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postSchedulesIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schedules/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a schedule's draft for review
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postSchedulesIdSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List screens
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreens'];
    put?: never;
    /**
     * Create a screen
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postScreens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a screen
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreensId'];
    /**
     * Replace a screen
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    put: operations['putScreensId'];
    post?: never;
    /**
     * Delete a screen
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteScreensId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/commands': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A screen's recent commands, newest first
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreensIdCommands'];
    put?: never;
    /**
     * Send a remote command to a screen
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postScreensIdCommands'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a screen's live fields are filled from now: its gate (zone, digits, calendar) and values
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreensIdData'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/emergency-proofs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The screen's own player sends a screenshot of an emergency when it first shows (once)
     * @description Any signed-in user, or a device (for its own screen's media and screenshots).
     */
    post: operations['postScreensIdEmergencyProofs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a player link for a screen (a single-use enrolment token)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postScreensIdEnrolments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/geometry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A screen's region, the one restore brings back, the preview showing and recent changes
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreensIdGeometry'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/geometry/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make the region the board is previewing the screen’s (the replaced one is kept)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postScreensIdGeometryApply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/geometry/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End a preview: the board goes back to its stored region at once
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postScreensIdGeometryCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/geometry/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Show the test pattern at a proposed region on the board (nothing is stored)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postScreensIdGeometryPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/geometry/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bring back the region the last change replaced
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postScreensIdGeometryRestore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/heartbeat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A screen's latest heartbeat (null before the first)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreensIdHeartbeat'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/heartbeats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A screen's heartbeats per minute (by default the last 24 hours)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreensIdHeartbeats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/manifest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The manifest compiled for a screen (null before the first)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreensIdManifest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/pair': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pair the player showing this code with a screen
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postScreensIdPair'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/plays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A screen's proof-of-play records
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreensIdPlays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/screenshot/latest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The newest screenshot of a screen (null before the first); ?format=png: its bytes
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreensIdScreenshotLatest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/screenshots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The screen's own player uploads the screenshot a command asked for
     * @description Any signed-in user, or a device (for its own screen's media and screenshots).
     */
    post: operations['postScreensIdScreenshots'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A screen's connection and manifest status
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreensIdStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A screen's device tokens
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getScreensIdTokens'];
    put?: never;
    /**
     * Issue a device token for a screen (the secret is shown once)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postScreensIdTokens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screens/{id}/tokens/{tokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a device token
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteScreensIdTokensTokenId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List my API tokens (an admin's: also those in its scope)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getTokens'];
    put?: never;
    /**
     * Create an API token acting for me, at most my roles and scope (the secret is shown once)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postTokens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API token
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteTokensId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List people
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getUsers'];
    put?: never;
    /**
     * Add a person
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a person
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getUsersId'];
    /**
     * Replace a person (a password resets theirs)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    put: operations['putUsersId'];
    post?: never;
    /**
     * Remove a person
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteUsersId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's recent audit entries: what they did and what was done to their account
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getUsersIdAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Turn a person's second factor off (a lost authenticator)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteUsersIdTotp'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhooks in scope
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getWebhooks'];
    put?: never;
    /**
     * Add a webhook (public addresses only)
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    post: operations['postWebhooks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a webhook
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    delete: operations['deleteWebhooksId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A webhook's recent deliveries
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getWebhooksIdDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether the controller is up, with its version and database
     * @description Public.
     */
    get: operations['getHealthz'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/media/{sha256}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The bytes of a file, by its SHA-256
     * @description Any signed-in user, or a device (for its own screen's media and screenshots).
     */
    get: operations['getMediaSha256'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Metrics for Prometheus
     * @description Any signed-in user; the roles and scope it needs are checked on the entities it names.
     */
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * Alerts
     * @description Alerts from the authorities (CAP 1.2): the sources that send them, the alerts received, and the per-gate templates that fill the languages an alert lacks.
     */
    alert: unknown;
    /**
     * Alert
     * @description A CAP alert as received and what it did. The original XML is kept byte for byte (GET …/xml) with its sha256.
     */
    'alert.alert': {
      /** @description What the person asking may do now (in answers to a person): approve its pending gates, clear its gates on screen. */
      actions?: ('approve' | 'clear')[];
      areas: components['schemas']['alert.area'][];
      bytes: number;
      certainty: components['schemas']['alert.certainty'];
      event: string;
      expires?: components['schemas']['common.instant'];
      /** @description The feed entry's id it came from. */
      feedEntry?: string;
      gates: components['schemas']['alert.gateOutcome'][];
      headline?: string;
      id: components['schemas']['common.id'];
      identifier: string;
      languages: {
        /** @description Our language tags of its <info> blocks, in document order. */
        present: components['schemas']['common.langTag'][];
        /** @description Language codes of <info> blocks no gate can show. */
        unmapped: string[];
      };
      /** @enum {string} */
      msgType: 'Alert' | 'Update' | 'Cancel' | 'Ack' | 'Error';
      onset?: components['schemas']['common.instant'];
      /**
       * @description What the alert does as a whole, now: shown (on screen at some gate), pending (waiting for an approver, on no screen), ended (it was on screen or waiting, and is now cleared, replaced or expired everywhere), updated / cancelled (an Update reaching no gate, or a Cancel, applied to earlier alerts), or not shown and why.
       * @enum {string}
       */
      outcome:
        | 'shown'
        | 'pending'
        | 'ended'
        | 'updated'
        | 'cancelled'
        | 'draft'
        | 'not-for-display'
        | 'no-gate'
        | 'no-exercise-screen'
        | 'unknown-reference';
      receivedAt: components['schemas']['common.instant'];
      /** @description The earlier alerts it updates or cancels (sender,identifier,sent), and our id for each we received. */
      references?: {
        alertId?: components['schemas']['common.id'];
        identifier: string;
        sender: string;
        sent: string;
      }[];
      sender: string;
      sent: components['schemas']['common.instant'];
      severity: components['schemas']['alert.severity'];
      sha256: components['schemas']['common.sha256'];
      sourceId: components['schemas']['common.id'];
      sourceName: string;
      /** @enum {string} */
      status: 'Actual' | 'Exercise' | 'System' | 'Test' | 'Draft';
      urgency: components['schemas']['alert.urgency'];
      /** @enum {string} */
      via: 'push' | 'feed';
    };
    /**
     * AlertQuery
     * @description Query of GET /api/v1/alerts (besides limit and offset).
     */
    'alert.alertQuery': {
      gateId?: components['schemas']['common.id'];
      outcome?: components['schemas']['alert.alert']['outcome'];
      sourceId?: components['schemas']['common.id'];
    };
    /**
     * AlertArea
     * @description One <area>, for the map: its polygons ([lat, lon] points) and circles.
     */
    'alert.area': {
      areaDesc: string;
      circles: {
        lat: number;
        lon: number;
        radiusKm: number;
      }[];
      geocodes: {
        value: string;
        valueName: string;
      }[];
      polygons: number[][][];
    };
    /** @enum {string} */
    'alert.certainty': 'Observed' | 'Likely' | 'Possible' | 'Unlikely' | 'Unknown';
    /**
     * AlertGateOutcome
     * @description What an alert did at one gate: on screen (active), waiting for an approver (pending), or not shown (why), with the emergency that carries it and where each language's text came from.
     */
    'alert.gateOutcome': {
      emergencyId?: components['schemas']['common.id'];
      gateId: components['schemas']['common.id'];
      name: string;
      /** @enum {string} */
      outcome: 'active' | 'pending' | 'no-exercise-screen' | 'no-text' | 'replaced' | 'cleared' | 'expired';
      /** @description The screens it reaches at this gate (only opted-in screens for an exercise). */
      screens?: components['schemas']['common.id'][];
      /** @description Per language of the gate: original (in the alert), template (from this gate's approved template for the event), or missing. */
      texts: {
        [key: string]: 'original' | 'template' | 'missing';
      };
    };
    /**
     * AlertReportQuery
     * @description Query of the alert report: a period of calendar days (in the controller's time zone) and the format.
     */
    'alert.reportQuery': {
      /**
       * @default csv
       * @enum {string}
       */
      format?: 'csv' | 'xlsx';
      from: components['schemas']['common.localDate'];
      until: components['schemas']['common.localDate'];
    };
    /**
     * AlertRule
     * @description An alert from this source whose first <info> matches every list given (an omitted list matches anything), for a gate listed (or any gate when none is listed), goes on screen at once.
     */
    'alert.rule': {
      certainties?: components['schemas']['alert.certainty'][];
      gates?: components['schemas']['common.id'][];
      severities?: components['schemas']['alert.severity'][];
      urgencies?: components['schemas']['alert.urgency'][];
    };
    /** @enum {string} */
    'alert.severity': 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown';
    /**
     * AlertSource
     * @description A stored alert source. Its token is shown once, when it is created or renewed; only its last four characters are kept in view.
     */
    'alert.source': {
      createdAt: components['schemas']['common.instant'];
      createdBy: components['schemas']['approval.actor'];
      defaultTtlMinutes: number;
      enabled: boolean;
      feed?: components['schemas']['alert.sourceInput']['feed'];
      id: components['schemas']['common.id'];
      immediate: components['schemas']['alert.rule'][];
      /** @enum {string} */
      kind: 'push' | 'feed';
      lastPolledAt?: components['schemas']['common.instant'];
      lastPollError?: string;
      name: string;
      note?: string;
      scope: components['schemas']['user.scope'];
      /** @description The last four characters of the token. */
      tokenHint: string;
      updatedAt?: components['schemas']['common.instant'];
    };
    /**
     * AlertSourceInput
     * @description A trusted authority that sends alerts: pushed to POST /api/v1/cap with its own token, or a feed (ATOM/RSS of CAP entries) polled on a schedule. Its scope bounds the gates its alerts may reach; its rules say which alerts go on screen at once (everything else waits for an approver).
     */
    'alert.sourceInput': {
      /**
       * @description How long an alert without <expires> stays on screen (at most 7 days).
       * @default 720
       */
      defaultTtlMinutes?: number;
      /** @default true */
      enabled?: boolean;
      /**
       * AlertFeed
       * @description For a feed source: where it is and how often it is read. The same address policy as webhooks: no private, loopback or link-local host unless allowPrivate.
       */
      feed?: {
        allowPrivate?: boolean;
        pollMinutes: number;
        url: string;
      };
      /** @description Rules for alerts that go on screen at once; none: every alert waits for an approver. */
      immediate?: components['schemas']['alert.rule'][];
      /** @enum {string} */
      kind: 'push' | 'feed';
      name: components['schemas']['common.name'];
      note?: string;
      scope: components['schemas']['user.scope'];
    };
    /**
     * AlertSourceWithToken
     * @description A source just created or whose token was just renewed, with its token (shown this once).
     */
    'alert.sourceWithToken': {
      source: components['schemas']['alert.source'];
      /** @description gcs_… Send it as Authorization: Bearer. */
      token: string;
    };
    /**
     * AlertTemplate
     * @description A stored template: written by an editor, used only once another person has approved it (any change needs approval again).
     */
    'alert.template': {
      actions?: ('edit' | 'approve' | 'delete')[];
      approvedAt?: components['schemas']['common.instant'];
      approvedBy?: components['schemas']['approval.actor'];
      body?: string;
      event: string;
      gateId: components['schemas']['common.id'];
      id: components['schemas']['common.id'];
      lang: components['schemas']['common.langTag'];
      /** @enum {string} */
      state: 'draft' | 'approved';
      title: string;
      updatedAt: components['schemas']['common.instant'];
      updatedBy: components['schemas']['approval.actor'];
    };
    /**
     * AlertTemplateInput
     * @description The text one gate shows in one language for one kind of event when an alert lacks that language. {event}, {headline}, {severity}, {urgency}, {onset}, {expires}, {instruction}, {area} and {sender} are filled from the alert; times are written in the gate's time zone, the language's way.
     */
    'alert.templateInput': {
      body?: string;
      /** @description The event it is for, matched without regard to case against each <info>'s <event> and each <eventCode> value. */
      event: string;
      gateId: components['schemas']['common.id'];
      lang: components['schemas']['common.langTag'];
      title: string;
    };
    /** AlertTemplateQuery */
    'alert.templateQuery': {
      event?: string;
      gateId?: components['schemas']['common.id'];
    };
    /** @enum {string} */
    'alert.urgency': 'Immediate' | 'Expected' | 'Future' | 'Past' | 'Unknown';
    /**
     * ApprovalAction
     * @description Body of submit and approve (optional): a comment kept in the audit log.
     */
    approval: {
      comment?: string;
    };
    /**
     * ActorRef
     * @description Who acted: a user, an API token, or the controller itself (system).
     */
    'approval.actor': {
      id: string;
      /** @enum {string} */
      kind: 'user' | 'token' | 'system';
      name: string;
      /** @description The person who acted, as user:<id> (an API token acts for the person who created it): the two-person rule compares these. */
      person?: string;
    };
    /**
     * ApprovalFilter
     * @description Query of GET /api/v1/approvals (besides limit and offset).
     */
    'approval.filter': {
      entity?: components['schemas']['approval.noun'];
      state?: components['schemas']['approval.state'];
    };
    /**
     * ReviewedNoun
     * @description The kinds of content that go through approval.
     * @enum {string}
     */
    'approval.noun': 'message' | 'playlist' | 'schedule';
    /**
     * OnAir
     * @description Where an item's approved version plays within the compiled horizon (what a delete would take off the screens): the screens in the caller's scope, by gate.
     */
    'approval.onAir': {
      /** @description Whether the item has an approved version (the one compiled into manifests). */
      approved: boolean;
      /** @description The earliest instant within the horizon at which the approved version is on air on one of these screens (now when it is on air now); null when on none. */
      firstOnScreens: components['schemas']['common.instant'] | null;
      /** @description Those screens' gates, each with how many of its screens play it. */
      gates: {
        id: components['schemas']['common.id'];
        name: string;
        screens: number;
        timeZone: components['schemas']['common.timeZone'];
      }[];
      /** @description How many screens (in the caller's scope) play it within the horizon. */
      screens: number;
    };
    /**
     * ApprovalRejection
     * @description Body of reject: why the change goes back to its author.
     */
    'approval.rejection': {
      /** @description a text saying why (not blank) */
      reason: string;
    };
    /**
     * ApprovalState
     * @description draft: being written; submitted: waiting for a second person; approved: this version is the one on the screens.
     * @enum {string}
     */
    'approval.state': 'draft' | 'submitted' | 'approved';
    /**
     * ApprovalStatus
     * @description A summary plus both versions side by side (for a diff) and what the draft refers to that is not approved.
     */
    'approval.status': {
      /** @description The languages the submitter (submittedBy) said they knowingly leave without text when submitting; empty while not submitted. */
      acknowledgedMissing: components['schemas']['common.langTag'][];
      /** @description The approved version, the one compiled into manifests; null while none is. */
      approved: Record<string, never> | null;
      /** @description The working copy (what GET /api/v1/<plural>/:id answers). */
      draft: Record<string, never>;
      /** @description Approved versions: the earliest instant within the compiled horizon at which this item is on air on some screen (now when it is on air now); null when it is not approved or not on air within the horizon. */
      firstOnScreens: components['schemas']['common.instant'] | null;
      /** @description Messages: the languages the screens at the draft's gates show that it has no text for (those screens skip them); empty for playlists and schedules. */
      missingLanguages: components['schemas']['common.langTag'][];
      /** @description Messages (of a playlist) or the playlist (of a schedule) the draft names that have no approved version: they will not show. */
      unapproved: {
        entity: components['schemas']['approval.noun'];
        id: string;
      }[];
    } & components['schemas']['approval.summary'];
    /**
     * ApprovalSubmission
     * @description Body of submit (optional): a comment kept in the audit log, and the languages the author knowingly leaves without text.
     */
    'approval.submission': {
      /** @description Messages: languages the screens at the message's gates show that it has no text for, which the author knows of (on those screens it skips them). A submit that leaves a missing language out of this list is refused (reason missing_translations). */
      acknowledgedMissing?: components['schemas']['common.langTag'][];
      comment?: string;
    };
    /**
     * ApprovalSummary
     * @description Where one message, playlist or schedule stands in the approval workflow.
     */
    'approval.summary': {
      approvedAt: components['schemas']['common.instant'] | null;
      approvedBy: components['schemas']['approval.actor'] | null;
      /** @description Whether the working copy differs from the approved version (true when none is approved). */
      changed: boolean;
      editedAt: components['schemas']['common.instant'];
      editedBy: components['schemas']['approval.actor'];
      entity: components['schemas']['approval.noun'];
      id: components['schemas']['common.id'];
      name: string;
      /** @description The last rejection, kept until the next approval. */
      rejection: {
        at: components['schemas']['common.instant'];
        by: components['schemas']['approval.actor'];
        reason: string;
      } | null;
      /** @description Counts the edits of the working copy; an approval takes exactly the submitted revision. */
      revision: number;
      state: components['schemas']['approval.state'];
      submittedAt: components['schemas']['common.instant'] | null;
      submittedBy: components['schemas']['approval.actor'] | null;
    };
    /**
     * AssetInput
     * @description Editable fields of a media asset. The bytes are uploaded with POST /api/v1/assets.
     */
    asset: {
      name: components['schemas']['common.name'];
      /** @default [] */
      tags?: components['schemas']['common.tag'][];
    };
    /**
     * AssetFile
     * @description What the server learned from the uploaded bytes.
     */
    'asset.file': {
      /** @description Video: codec of the first video track (MP4 sample entry such as avc1, or a WebM CodecID such as V_VP9). */
      codec?: string;
      /** @description Video: seconds, from the container headers; absent when the container does not say (e.g. a live-recorded WebM). */
      duration?: number;
      height?: number;
      /** @enum {string} */
      mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'video/mp4' | 'video/webm';
      /** @description The scope of the person who uploaded it: only those whose scope covers it rename, retag or delete it. Absent: national (only national scope changes it). */
      owner?: components['schemas']['user.scope'];
      poster?: components['schemas']['asset.poster'];
      sha256: components['schemas']['common.sha256'];
      size: number;
      /** @enum {string} */
      type: 'image' | 'video';
      width?: number;
    };
    /**
     * AssetPoster
     * @description Video: a still frame for the console. Made only where the controller has ffmpeg; otherwise unavailable, with the reason.
     */
    'asset.poster':
      | {
          sha256: components['schemas']['common.sha256'];
          /** @constant */
          status: 'made';
        }
      | {
          reason: string;
          /** @constant */
          status: 'unavailable';
        };
    /**
     * AssetInput (stored)
     * @description Editable fields of a media asset. The bytes are uploaded with POST /api/v1/assets.
     */
    'asset.stored': {
      /** @description Video: codec of the first video track (MP4 sample entry such as avc1, or a WebM CodecID such as V_VP9). */
      codec?: string;
      createdAt: components['schemas']['common.instant'];
      /** @description Video: seconds, from the container headers; absent when the container does not say (e.g. a live-recorded WebM). */
      duration?: number;
      height?: number;
      id: components['schemas']['common.id'];
      /** @enum {string} */
      mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'video/mp4' | 'video/webm';
      name: components['schemas']['common.name'];
      /** @description The scope of the person who uploaded it: only those whose scope covers it rename, retag or delete it. Absent: national (only national scope changes it). */
      owner?: components['schemas']['user.scope'];
      poster?: components['schemas']['asset.poster'];
      sha256: components['schemas']['common.sha256'];
      size: number;
      /** @default [] */
      tags?: components['schemas']['common.tag'][];
      /** @enum {string} */
      type: 'image' | 'video';
      updatedAt: components['schemas']['common.instant'];
      width?: number;
    };
    /** AssetUploadQuery */
    'asset.uploadQuery': {
      id?: components['schemas']['common.id'];
      name: components['schemas']['common.name'];
    };
    /**
     * Gate calendar
     * @description When a border crossing is open to travellers: a weekly table per lane, dated exceptions and public holidays, all in the gate's time zone (gate.json timeZone). Read by shared/gate.calendar.ts; docs/DATA.md.
     */
    calendar: unknown;
    /**
     * GateCalendar
     * @description The crossing's opening hours. On each local date, a dated exception decides; failing one, a holiday that closes the gate or gives it special hours; failing that, the weekly table of the lane.
     */
    'calendar.calendar': {
      /** @description Dated closures and special hours; they beat holidays and the weekly table. */
      exceptions?: components['schemas']['calendar.exception'][];
      /** @description Public holidays of both countries and what each does to the crossing; they beat the weekly table. */
      holidays?: components['schemas']['calendar.holiday'][];
      /** @description Opening periods per lane, in the format of the screens' operating hours. A gate without a goods table opens its goods lane with the passengers' hours. */
      weekly: {
        goods?: components['schemas']['gate.hours']['weekly'];
        passengers: components['schemas']['gate.hours']['weekly'];
      };
    };
    /**
     * CalendarException
     * @description One date on which the crossing is closed all day or keeps special hours instead of its weekly ones, for one lane or (no lane) all.
     */
    'calendar.exception': {
      date: components['schemas']['common.localDate'];
      /** @enum {string} */
      effect: 'closed' | 'hours';
      lane?: components['schemas']['calendar.lane'];
      periods?: components['schemas']['calendar.periods'];
      reason: components['schemas']['calendar.localizedText'];
    };
    /**
     * CalendarHoliday
     * @description A public holiday of one country on one date and its effect on the crossing: closed all day, open as usual, or special hours.
     */
    'calendar.holiday': {
      /**
       * @description ISO 3166-1 alpha-2 code of the country whose holiday it is.
       * @enum {string}
       */
      country: 'VN' | 'KH' | 'LA' | 'CN';
      date: components['schemas']['common.localDate'];
      /** @enum {string} */
      effect: 'closed' | 'open' | 'hours';
      /** @description The computed holiday it came from (shared/holidays.ts), e.g. tet; absent for one the operator added. */
      key?: string;
      name: components['schemas']['calendar.localizedText'];
      periods?: components['schemas']['calendar.periods'];
    };
    /**
     * HolidayProposal
     * @description One day of a public holiday computed from its rule (shared/holidays.ts), for the operator to take into the calendar with an effect.
     */
    'calendar.holidayProposal': {
      country: components['schemas']['calendar.holiday']['country'];
      date: components['schemas']['common.localDate'];
      key: components['schemas']['calendar.holiday']['key'];
      name: components['schemas']['calendar.localizedText'];
    };
    /**
     * HolidaysQuery
     * @description The year whose holidays to propose (default: the current year at the gate).
     */
    'calendar.holidaysQuery': {
      year?: number;
    };
    /**
     * HolidaysReply
     * @description The computed public holidays of a year: Vietnam's, and those of the country across the border when it is Cambodia, Laos or China, in date order.
     */
    'calendar.holidaysReply': {
      holidays: components['schemas']['calendar.holidayProposal'][];
    };
    /**
     * GateLane
     * @description A lane type of the crossing: travellers on foot or by car (passengers), freight (goods).
     * @enum {string}
     */
    'calendar.lane': 'passengers' | 'goods';
    /**
     * LocalizedText
     * @description A short text per BCP 47 language tag, at least one.
     */
    'calendar.localizedText': {
      [key: string]: string;
    };
    /**
     * CalendarPeriods
     * @description Opening periods of one date: each opens at open that day and closes at close the same day; close before open closes the next day; close equal to open is 24 hours.
     */
    'calendar.periods': {
      close: components['schemas']['schedule.timeOfDay'];
      open: components['schemas']['schedule.timeOfDay'];
    }[];
    /**
     * GateCalendarRecord
     * @description A gate's calendar: the draft an editor saved (waiting for another person's approval) and the approved one, which the gate's screens get in their config; messageId names the opening-hours message generated from the approved one. No calendar yet: neither.
     */
    'calendar.record': {
      /** @description What the caller may do now: save a draft, approve it (another person than its author), discard it. */
      actions?: ('save' | 'approve' | 'discard')[];
      approved?: components['schemas']['calendar.version'];
      borderCountry: components['schemas']['gate']['borderCountry'];
      draft?: components['schemas']['calendar.version'];
      gateId: components['schemas']['common.id'];
      messageId?: components['schemas']['common.id'];
      timeZone: components['schemas']['common.timeZone'];
    };
    /**
     * GateCalendarVersion
     * @description A calendar as someone saved or approved it.
     */
    'calendar.version': {
      at: components['schemas']['common.instant'];
      by: components['schemas']['approval.actor'];
      calendar: components['schemas']['calendar.calendar'];
    };
    /** Common definitions */
    common: unknown;
    /** ApiError */
    'common.apiError': {
      /** @description Machine-readable code, e.g. validation_failed, not_found, conflict. */
      code: string;
      message: string;
      params?: components['schemas']['common.errorParams'];
      /** @description JSON pointer to the offending field. */
      path?: string;
      reason?: components['schemas']['common.errorReason'];
    };
    /**
     * AuditQuery
     * @description Query of the audit log (besides limit and offset): a period of calendar days and an action (longer than 64 characters is cut).
     */
    'common.auditQuery': {
      action?: string;
      from?: components['schemas']['common.localDate'];
      until?: components['schemas']['common.localDate'];
    };
    /**
     * Colour
     * @description a CSS hex colour #rrggbb
     */
    'common.colour': string;
    /**
     * EpochMs
     * @description Milliseconds since the Unix epoch.
     */
    'common.epochMs': number;
    /**
     * ErrorParams
     * @description What the reason's sentence names, e.g. { "limit": 1 }, { "roles": ["admin"] }, { "noun": "gate", "id": "x" }.
     */
    'common.errorParams': {
      [key: string]: string | number | string[];
    };
    /**
     * ErrorReason
     * @description The specific cause of an error reply, stable, for a catalogue of sentences (docs/ARCHITECTURE.md, Errors, has the table). Closed: a new cause gets a new value.
     * @enum {string}
     */
    'common.errorReason':
      | 'required'
      | 'unknown_field'
      | 'too_short'
      | 'too_long'
      | 'too_few'
      | 'too_many'
      | 'too_small'
      | 'too_large'
      | 'wrong_type'
      | 'bad_format'
      | 'not_a_choice'
      | 'duplicate'
      | 'needs_target'
      | 'invalid'
      | 'unknown_reference'
      | 'no_weekdays'
      | 'zero_duration'
      | 'overnight_unclear'
      | 'until_before_from'
      | 'missing_translations'
      | 'gate_or_province'
      | 'in_use'
      | 'changed_elsewhere'
      | 'wrong_state'
      | 'taken'
      | 'needs_role'
      | 'outside_scope'
      | 'same_person'
      | 'national_only'
      | 'roles_beyond_own'
      | 'scope_beyond_own'
      | 'wrong_password'
      | 'wrong_code'
      | 'second_factor_on'
      | 'no_second_factor'
      | 'geometry_needs_preview'
      | 'player_not_connected'
      | 'preview_over'
      | 'no_previous_geometry'
      | 'no_draft'
      | 'malformed_field';
    /**
     * ErrorReply
     * @description The body of every error reply of the REST API.
     */
    'common.errorReply': {
      error: components['schemas']['common.apiError'];
    };
    /**
     * Id
     * @description Lower-case slug or UUID: letters a-z, digits and inner hyphens, 1-64 characters.
     */
    'common.id': string;
    /**
     * Instant
     * Format: date-time
     * @description An RFC 3339 date-time with offset.
     */
    'common.instant': string;
    /**
     * LangTag
     * @description BCP 47 tag: language, optional script, optional region (vi, km, lo, en, zh-Hans, jra, tmm-Tavt).
     */
    'common.langTag': string;
    /**
     * Layout
     * @description full: items fill the screen; ticker: a main zone above a scrolling ticker band.
     * @enum {string}
     */
    'common.layout': 'full' | 'ticker';
    /**
     * Level
     * @description Message level, as in the grassroots-radio rules.
     * @enum {string}
     */
    'common.level': 'normal' | 'priority' | 'emergency';
    /**
     * LimitQuery
     * @description Query of the lists that answer only the newest entries: how many.
     */
    'common.limitQuery': {
      limit?: components['schemas']['common.pageQuery']['limit'];
    };
    /**
     * LocalDate
     * Format: date
     * @description A calendar date (YYYY-MM-DD) in the gate's time zone.
     */
    'common.localDate': string;
    /**
     * Meta
     * @description Fields the server sets on every stored entity.
     */
    'common.meta': {
      createdAt: components['schemas']['common.instant'];
      id: components['schemas']['common.id'];
      updatedAt: components['schemas']['common.instant'];
    };
    /** Name */
    'common.name': string;
    /**
     * OwnerProvince
     * @description The province a message or playlist belongs to (a province name as gates carry it): it reaches every gate of that province, and editors whose scope holds the province maintain it. Exclusive with gateId (reason gate_or_province); neither: national.
     */
    'common.ownerProvince': string | null;
    /**
     * Page
     * @description The envelope of every list reply: `items` (a list reply narrows them to its entity), `total` of them in all, from the `offset`th, at most `limit` on this page. Some lists add fields of their own.
     */
    'common.page': {
      items: unknown[];
      limit: number;
      offset: number;
      total: number;
    };
    /** PageQuery */
    'common.pageQuery': {
      /** @default 50 */
      limit?: number;
      /** @default 0 */
      offset?: number;
    };
    /**
     * ReportQuery
     * @description Query of the proof-of-play and availability reports: a period of calendar days, optionally one gate.
     */
    'common.reportQuery': {
      from: components['schemas']['common.localDate'];
      gateId?: components['schemas']['common.id'];
      until: components['schemas']['common.localDate'];
    };
    /** Sha256 */
    'common.sha256': string;
    /**
     * Tag
     * @description A group or tag name: lower-case letters, digits, hyphens.
     */
    'common.tag': string;
    /**
     * TimeZone
     * Format: iana-time-zone
     * @description IANA time zone name, e.g. Asia/Ho_Chi_Minh.
     */
    'common.timeZone': string;
    /**
     * Live gate data
     * @description Values from data sources (exchange rates, weather, waiting times) and how a message shows them: docs/DATA.md.
     */
    data: unknown;
    /**
     * DataAdapter
     * @description How a pulled document is read: vietcombank-xml (rates.<CODE>.buy|transfer|sell), open-meteo-json (weather.now|today|tomorrow…, at the coordinates of the source's one gate), or any JSON or XML document read through the source's own field mapping (json, xml: pull.fields).
     * @enum {string}
     */
    'data.adapter': 'vietcombank-xml' | 'open-meteo-json' | 'json' | 'xml';
    /**
     * DataDigits
     * @description A gate's digits for values in Khmer and Lao: latn (0-9) or native (០-៩, ໐-໙). Other languages keep 0-9.
     * @enum {string}
     */
    'data.digits': 'latn' | 'native';
    /**
     * DataFieldMapping
     * @description One field of a json or xml source: the value at `select` in the document, as a value of `path` with its type. Text amounts are read with `decimal` as the decimal mark (the other of . and , and spaces group thousands).
     */
    'data.fieldMapping': {
      currency?: components['schemas']['data.value']['currency'];
      /**
       * @description Numbers and amounts: the decimal mark of a value written as text (none: the point). No default is filled in: a text or time field has none.
       * @enum {string}
       */
      decimal?: '.' | ',';
      path: components['schemas']['data.path'];
      select: components['schemas']['data.select'];
      type: components['schemas']['data.fieldType'];
      unit?: components['schemas']['data.unit'];
    } & (unknown & unknown & unknown);
    /**
     * DataFieldOptions
     * @description A message's rule for the fields it shows: the maximum age of each value and what a screen does past it.
     */
    'data.fieldOptions': {
      /** @description A maximum age for some fields, by path, instead of the message's (weather for 6 hours beside a rate for a day). */
      fields?: {
        [key: string]: {
          maxAgeSeconds: components['schemas']['data.maxAgeSeconds'];
        };
      };
      maxAgeSeconds: components['schemas']['data.maxAgeSeconds'];
      stale: components['schemas']['data.staleMode'];
    };
    /**
     * DataFieldType
     * @description number: a plain quantity (with an optional unit); money: an amount in a currency; text: words as given; time: an instant (epoch ms) shown in the gate's zone.
     * @enum {string}
     */
    'data.fieldType': 'number' | 'money' | 'text' | 'time';
    /**
     * DataHistoryQuery
     * @description Which values of a source, newest observation first: one path or all, and how many.
     */
    'data.historyQuery': {
      /** @default 100 */
      limit?: number;
      path?: components['schemas']['data.path'];
    };
    /**
     * DataMaxAgeSeconds
     * @description How old a value may be, in seconds, before it is stale: one minute to 31 days.
     */
    'data.maxAgeSeconds': number;
    /**
     * DataObservedSelect
     * @description Where a json or xml document says when its values were observed: an ISO 8601 time with its offset (iso), or seconds or milliseconds since 1970 (epoch-s, epoch-ms). None: when it was read.
     */
    'data.observedSelect': {
      /**
       * @default iso
       * @enum {string}
       */
      format?: 'iso' | 'epoch-s' | 'epoch-ms';
      select: components['schemas']['data.select'];
    };
    /**
     * DataPath
     * @description A field's dotted key, as a message names it between {{ }}: segments of letters, digits, _ and -, e.g. rates.USD.sell.
     */
    'data.path': string;
    /**
     * DataPull
     * @description Where a pull source reads and how often. The same address policy as webhooks: no private, loopback or link-local host unless allowPrivate.
     */
    'data.pull': {
      adapter: components['schemas']['data.adapter'];
      allowPrivate?: boolean;
      /** @description When to read, as a cron pattern on Vietnam's clock (minute hour day month weekday, e.g. "*\/15 6-22 * * *": every quarter of an hour from 6:00 to 22:45), instead of every everyMinutes. */
      cron?: string;
      everyMinutes: number;
      /** @description json and xml sources: the fields read from the document (at least one, each path once). */
      fields?: components['schemas']['data.fieldMapping'][];
      observedAt?: components['schemas']['data.observedSelect'];
      timeoutSeconds: number;
      url: string;
    } & unknown;
    /**
     * DataSelect
     * @description Where a value sits in a pulled document: names separated by /, each a property (JSON) or element (XML), @name an XML attribute, a number an index in a list, and name[key=value] the first item of a list whose key (a property, an @attribute or a child element's text) is value. E.g. lanes[id=passengers]/waitMinutes, ExrateList/Exrate[@CurrencyCode=USD]/@Sell.
     */
    'data.select': string;
    /**
     * DataSource
     * @description A stored data source. Its token (gcv_…) is shown once, when it is created or renewed.
     */
    'data.source': {
      boundPercent?: number;
      createdAt: components['schemas']['common.instant'];
      createdBy: components['schemas']['approval.actor'];
      enabled: boolean;
      health: components['schemas']['data.sourceHealth'];
      id: components['schemas']['common.id'];
      kind: components['schemas']['data.sourceKind'];
      maxAgeSeconds: components['schemas']['data.maxAgeSeconds'];
      name: string;
      pull?: components['schemas']['data.pull'];
      scope: components['schemas']['user.scope'];
      /** @description The last four characters of the token. */
      tokenHint: string;
      updatedAt?: components['schemas']['common.instant'];
    };
    /**
     * DataSourceHealth
     * @description How a source is doing: when its newest accepted value was observed, when it was last read and what went wrong then (lastError and its code lastErrorCode; none: the last read went well); stale when its newest value is older than its maximum age (or it has none).
     */
    'data.sourceHealth': {
      lastError?: string;
      /** @description What went wrong at the last read, as a code the console translates (beside lastError, in English): a refusal's code (data_malformed, data_too_large …), data_fetch_refused (a private address without allowPrivate), data_fetch_failed (no document: unreachable, an HTTP error, no answer in time), internal (unexpected, logged). */
      lastErrorCode?: string;
      lastPolledAt?: components['schemas']['common.instant'];
      lastValueAt?: components['schemas']['common.instant'];
      stale: boolean;
    };
    /**
     * DataSourceInput
     * @description A source of live values (exchange rates, weather, waiting times): pulled by the controller from an address on a schedule, or pushed with its own token. Its scope bounds who sees and enters its values. docs/DATA.md.
     */
    'data.sourceInput': {
      /** @description A new number or amount that moves more than this many per cent from the last accepted value of its path is held for an approver instead of reaching the screens. None: every value flows. */
      boundPercent?: number;
      /** @default true */
      enabled?: boolean;
      kind: components['schemas']['data.sourceKind'];
      maxAgeSeconds: components['schemas']['data.maxAgeSeconds'];
      name: components['schemas']['common.name'];
      pull?: components['schemas']['data.pull'];
      scope: components['schemas']['user.scope'];
    };
    /**
     * DataSourceKind
     * @description pull: the controller reads a document on a schedule; push: the source sends its values with its token.
     * @enum {string}
     */
    'data.sourceKind': 'pull' | 'push';
    /**
     * DataSourceWithToken
     * @description A source just created or whose token was just renewed, with its token (shown this once).
     */
    'data.sourceWithToken': {
      source: components['schemas']['data.source'];
      /** @description gcv_… Send it as Authorization: Bearer to PUT /api/v1/data/values. */
      token: string;
    };
    /**
     * DataStaleMode
     * @description What a screen does with a message whose value is older than its maximum age: hide the item, or show it with the time of the value ("cập nhật lúc 14:05 12/06").
     * @enum {string}
     */
    'data.staleMode': 'hide' | 'as-of';
    /**
     * StoredDataValue
     * @description One value as kept: every observation is kept, with when it was received and what became of it.
     */
    'data.storedValue': {
      currency?: string;
      decidedAt?: components['schemas']['common.instant'];
      decidedBy?: components['schemas']['approval.actor'];
      enteredBy?: components['schemas']['approval.actor'];
      id: components['schemas']['common.id'];
      observedAt: components['schemas']['common.epochMs'];
      path: components['schemas']['data.path'];
      /** @description Held values: the last accepted value of the path it jumped from. */
      previous?: number | string;
      receivedAt: components['schemas']['common.instant'];
      sourceId: components['schemas']['common.id'];
      state: components['schemas']['data.valueState'];
      type: components['schemas']['data.fieldType'];
      unit?: components['schemas']['data.unit'];
      value: components['schemas']['data.value']['value'];
    };
    /**
     * DataUnit
     * @description The unit of a number, written after it in each language (°C, mm, phút …).
     * @enum {string}
     */
    'data.unit': 'celsius' | 'millimeter' | 'minute' | 'percent' | 'kilometer-per-hour';
    /**
     * DataValue
     * @description One observed value of a field: a number (number, money), words (text) or an instant in epoch ms (time), and observedAt, when the source observed it (the document's own time when it has one).
     */
    'data.value': {
      /** @description Money only: the ISO 4217 code of the amount's currency (VND, KHR, LAK, USD …). */
      currency?: string;
      /** @description On the way to a player: the maximum age of the source that gave it. Past it (or past the message's own, whichever is shorter) the value is stale. */
      maxAgeSeconds?: components['schemas']['data.maxAgeSeconds'];
      observedAt: components['schemas']['common.epochMs'];
      path: components['schemas']['data.path'];
      type: components['schemas']['data.fieldType'];
      unit?: components['schemas']['data.unit'];
      value: number | string;
    } & (unknown & unknown & unknown & unknown);
    /**
     * DataValueInput
     * @description A value as a source sends it: a DataValue whose observedAt may be left out (then the time it was received).
     */
    'data.valueInput': {
      currency?: components['schemas']['data.value']['currency'];
      observedAt?: components['schemas']['common.epochMs'];
      path: components['schemas']['data.path'];
      type: components['schemas']['data.fieldType'];
      unit?: components['schemas']['data.unit'];
      value: components['schemas']['data.value']['value'];
    } & (unknown & unknown & unknown & unknown);
    /**
     * DataValueQuery
     * @description Values across the sources in the caller's scope: held ones wait for an approver.
     */
    'data.valueQuery': {
      /** @default 100 */
      limit?: number;
      sourceId?: components['schemas']['common.id'];
      state?: components['schemas']['data.valueState'];
    };
    /**
     * DataValuesInput
     * @description Values sent at once: by a push source with its token (PUT /api/v1/data/values) or entered by a person (POST /api/v1/data-sources/{id}/values). Each path at most once.
     */
    'data.valuesInput': {
      values: components['schemas']['data.valueInput'][];
    };
    /**
     * DataValuesReply
     * @description The values just received, each as stored (state accepted or held); a value already received (same path and observation time) is not stored again and is left out.
     */
    'data.valuesReply': {
      values: components['schemas']['data.storedValue'][];
    };
    /**
     * DataValueState
     * @description accepted: stored, and current when it is the newest accepted observation of its path; held: moved beyond the source's bound, waits for an approver; rejected: an approver turned it down.
     * @enum {string}
     */
    'data.valueState': 'accepted' | 'held' | 'rejected';
    /**
     * DemoBundle
     * @description Sample data for one reference gate, seeded into an empty database: the gate, its screens, messages, playlists and schedules.
     */
    'demo-bundle': {
      gate: components['schemas']['gate'];
      messages: components['schemas']['message'][];
      playlists: components['schemas']['playlist'][];
      schedules: components['schemas']['schedule'][];
      screens: components['schemas']['screen'][];
    };
    /**
     * DeviceTokenInput
     * @description Creates a credential for one screen's player. The token is shown once and stored hashed.
     */
    'device-token': {
      label?: string;
    };
    /**
     * DeviceTokenCreated
     * @description A new device token, for a client that presents it in the socket handshake's auth (never in a URL: a player page gets a link from POST /api/v1/screens/:id/enrolments instead).
     */
    'device-token.created': {
      createdAt: components['schemas']['common.instant'];
      id: components['schemas']['common.id'];
      screenId: components['schemas']['common.id'];
      token: string;
    };
    /**
     * ScreenStatus
     * @description What the server knows of a screen's player.
     */
    'device-token.screenStatus': {
      appliedAt: components['schemas']['common.instant'] | null;
      appliedVersion: string | null;
      connected: boolean;
      currentVersion: string | null;
      screenId: components['schemas']['common.id'];
    };
    /**
     * DeviceToken
     * @description A screen's device credential as listed (never its secret).
     */
    'device-token.token': {
      createdAt: components['schemas']['common.instant'];
      id: string;
      label: string;
      revokedAt: components['schemas']['common.instant'] | null;
      screenId: components['schemas']['common.id'];
    };
    /**
     * EnrolmentInput
     * @description Issues a player link for one screen (POST /api/v1/screens/:id/enrolments): it carries a single-use, short-lived enrolment token, never a device token.
     */
    enrolment: {
      /** @description Given to the device token the link is exchanged for. */
      label?: string;
    };
    /**
     * EnrolmentCreated
     * @description A new player link. The token is shown only now and works once, until expiresAt.
     */
    'enrolment.created': {
      createdAt: components['schemas']['common.instant'];
      expiresAt: components['schemas']['common.instant'];
      id: components['schemas']['common.id'];
      /** @description Path of the player page that carries the enrolment token. */
      playerUrl: string;
      screenId: components['schemas']['common.id'];
      /** @description The enrolment token (gce_…). */
      token: string;
    };
    /**
     * EnrolmentExchange
     * @description Player to server on /pairing: the enrolment token it found in its URL, to exchange (once) for its own device token.
     */
    'enrolment.exchange': {
      token: string;
    };
    /**
     * EnrolmentExchanged
     * @description Server to player: the screen it now plays, and its own device token (given this once).
     */
    'enrolment.exchanged': {
      screenId: components['schemas']['common.id'];
      token: string;
    };
    /**
     * GateInput
     * @description A border gate (site) with its information cluster.
     */
    gate: {
      /** @description ISO 3166-1 alpha-2 code of the country across the border (KH, LA, CN). */
      borderCountry: string;
      /** @description Province or region across the border. */
      borderRegion?: string;
      /** @description Played on a screen of this gate whenever no schedule covers it. */
      defaultPlaylistId?: components['schemas']['common.id'] | null;
      /** @description How values in Khmer and Lao are written on this gate's screens: latn (0-9, the default) or native (០-៩, ໐-໙). docs/DATA.md. */
      digits?: components['schemas']['data.digits'];
      /**
       * @description Whether an emergency message for this gate needs a second approver (default) or may be sent by one approver alone; either way it is logged.
       * @default second-approval
       * @enum {string}
       */
      emergencyPolicy?: 'second-approval' | 'single-approver';
      hours?: components['schemas']['gate.hours'];
      id?: components['schemas']['common.id'];
      /** @description Default languages shown on this gate's screens, in rotation order. */
      languages: components['schemas']['common.langTag'][];
      location: {
        lat: number;
        lon: number;
      };
      name: components['schemas']['common.name'];
      province: string;
      /** @description Local times (HH:MM, in the gate's time zone) between which no offline/online alert is sent; what still holds at the end is sent then. End before start wraps past midnight. */
      quietHours?: {
        end: string;
        start: string;
      };
      timeZone: components['schemas']['common.timeZone'];
    };
    /**
     * GateHours
     * @description Operating hours of the gate's screens, a weekly table in the gate's time zone, what they show outside those hours, and software dimming by time of day.
     */
    'gate.hours': {
      /** @description Software dimming of the whole stage: each level (1 = full) applies from its local time until the next one, every day. The LED controller's own brightness is not changed. */
      dimming?: {
        from: string;
        level: number;
      }[];
      /**
       * @description What the screens show outside the opening periods: the schedule as usual (content), a dark clock with the gate's name (night), or nothing (black). Night and black count as scheduled off in monitoring and reports.
       * @enum {string}
       */
      outside: 'content' | 'night' | 'black';
      /**
       * WeeklyHours
       * @description Opening periods. Each starts at open on each listed ISO weekday (1 = Monday ... 7 = Sunday) and ends at close the same day; close before open ends the next day; close equal to open is 24 hours.
       */
      weekly: {
        close: string;
        days: number[];
        open: string;
      }[];
    };
    /**
     * GateInput (stored)
     * @description A border gate (site) with its information cluster.
     */
    'gate.stored': {
      /** @description ISO 3166-1 alpha-2 code of the country across the border (KH, LA, CN). */
      borderCountry: string;
      /** @description Province or region across the border. */
      borderRegion?: string;
      createdAt: components['schemas']['common.instant'];
      /** @description Played on a screen of this gate whenever no schedule covers it. */
      defaultPlaylistId?: components['schemas']['common.id'] | null;
      /** @description How values in Khmer and Lao are written on this gate's screens: latn (0-9, the default) or native (០-៩, ໐-໙). docs/DATA.md. */
      digits?: components['schemas']['data.digits'];
      /**
       * @description Whether an emergency message for this gate needs a second approver (default) or may be sent by one approver alone; either way it is logged.
       * @default second-approval
       * @enum {string}
       */
      emergencyPolicy?: 'second-approval' | 'single-approver';
      hours?: components['schemas']['gate.hours'];
      id: components['schemas']['common.id'];
      /** @description Default languages shown on this gate's screens, in rotation order. */
      languages: components['schemas']['common.langTag'][];
      location: {
        lat: number;
        lon: number;
      };
      name: components['schemas']['common.name'];
      province: string;
      /** @description Local times (HH:MM, in the gate's time zone) between which no offline/online alert is sent; what still holds at the end is sent then. End before start wraps past midnight. */
      quietHours?: {
        end: string;
        start: string;
      };
      timeZone: components['schemas']['common.timeZone'];
      updatedAt: components['schemas']['common.instant'];
    };
    /**
     * Manifest
     * @description Everything a player needs to play for the horizon: a timeline of segments, each pointing at a loop of entries, plus the messages and assets they use. Screens with the same inputs share one manifest; its version is a hash of its content.
     */
    manifest: {
      assets: {
        [key: string]: components['schemas']['manifest.asset'];
      };
      /** @description Key into loops of the gate's default playlist, which a player plays outside the horizon (offline for longer than it, or a clock before it); null when the gate has none. */
      fallback?: string | null;
      /** @description Font family per language used by this manifest; the player bundles the files. */
      fonts: {
        family: string;
        lang: components['schemas']['common.langTag'];
      }[];
      generatedAt: components['schemas']['common.epochMs'];
      horizon: {
        from: components['schemas']['common.epochMs'];
        until: components['schemas']['common.epochMs'];
      };
      /** @description The screen's layout; absent means full. */
      layout?: components['schemas']['common.layout'];
      /** @description Layouts of playlists that set their own, by playlist id. */
      layouts?: {
        [key: string]: components['schemas']['common.layout'];
      };
      /** @description Loops by key. Position in a loop is (now - segment.start) modulo the loop's total duration. */
      loops: {
        [key: string]: components['schemas']['manifest.entry'][];
      };
      messages: {
        [key: string]: components['schemas']['manifest.message'];
      };
      /** @description Non-overlapping, contiguous [start, end) intervals covering the horizon. */
      segments: components['schemas']['manifest.segment'][];
      timeZone: components['schemas']['common.timeZone'];
      /** @description Content hash of the manifest (hex). */
      version: string;
    };
    /** ManifestAsset */
    'manifest.asset': {
      /** @description Video: seconds, when the container says. */
      duration?: number;
      height?: number;
      mime: string;
      sha256: components['schemas']['common.sha256'];
      size: number;
      url: string;
      width?: number;
    };
    /** LoopEntry */
    'manifest.entry': {
      assetId?: components['schemas']['common.id'];
      background?: components['schemas']['common.colour'];
      /** @description Milliseconds on screen. */
      duration: number;
      /** @enum {string} */
      fit?: 'cover' | 'contain' | 'fill';
      lang?: components['schemas']['common.langTag'];
      /** @description A message shown side by side: every language at once (lang is the first). */
      langs?: components['schemas']['common.langTag'][];
      /** @description Key into assets of the file this entry shows; absent means assetId. For an image: the rendition made for this screen's exact pixels, fit and background, which the player shows without resampling. */
      media?: string;
      messageId?: components['schemas']['common.id'];
      playlistId: components['schemas']['common.id'];
      /** @enum {string} */
      type: 'message' | 'image' | 'video' | 'clock';
    };
    /** ManifestMessage */
    'manifest.message': {
      fieldOptions?: components['schemas']['data.fieldOptions'];
      level: components['schemas']['common.level'];
      variants: {
        [key: string]: components['schemas']['message.variant'];
      };
    };
    /** Segment */
    'manifest.segment': {
      end: components['schemas']['common.epochMs'];
      /** @description Key into loops; null when nothing is scheduled and the gate has no default playlist. */
      loop: string | null;
      start: components['schemas']['common.epochMs'];
    };
    /**
     * MessageInput
     * @description A multilingual message: one variant per language, NFC-normalised by the server.
     */
    message: {
      /** @description For a text with fields ({{rates.USD.sell}}): how old its values may be and what a screen does past that. docs/DATA.md. */
      fieldOptions?: components['schemas']['data.fieldOptions'];
      /** @description The gate this message belongs to; null (and no province) for a message shared by every gate (changed only by national-scope users). */
      gateId?: components['schemas']['common.id'] | null;
      id?: components['schemas']['common.id'];
      /** @default normal */
      level?: components['schemas']['common.level'];
      name: components['schemas']['common.name'];
      province?: components['schemas']['common.ownerProvince'];
      /** @description Text per BCP 47 language tag. */
      variants: {
        [key: string]: components['schemas']['message.variant'];
      };
    };
    /**
     * MessageInput (stored)
     * @description A multilingual message: one variant per language, NFC-normalised by the server.
     */
    'message.stored': {
      createdAt: components['schemas']['common.instant'];
      /** @description For a text with fields ({{rates.USD.sell}}): how old its values may be and what a screen does past that. docs/DATA.md. */
      fieldOptions?: components['schemas']['data.fieldOptions'];
      /** @description The gate this message belongs to; null (and no province) for a message shared by every gate (changed only by national-scope users). */
      gateId?: components['schemas']['common.id'] | null;
      id: components['schemas']['common.id'];
      /** @default normal */
      level?: components['schemas']['common.level'];
      name: components['schemas']['common.name'];
      province?: components['schemas']['common.ownerProvince'];
      updatedAt: components['schemas']['common.instant'];
      /** @description Text per BCP 47 language tag. */
      variants: {
        [key: string]: components['schemas']['message.variant'];
      };
    };
    /** MessageVariant */
    'message.variant': {
      body?: string;
      ticker?: string;
      title?: string;
    };
    /**
     * Overrides
     * @description Emergency messages and blackouts: what takes a screen over at once, outside the schedule.
     */
    override: unknown;
    /**
     * OverrideActions
     * @description What the person asking may do with it now (in answers to a person): approve, clear (an emergency), lift (a blackout).
     */
    'override.actions': ('approve' | 'clear' | 'lift')[];
    'override.actor': components['schemas']['approval.actor'];
    /** Blackout */
    'override.blackout': {
      actions?: components['schemas']['override.actions'];
      active: boolean;
      createdAt: components['schemas']['common.instant'];
      createdBy: components['schemas']['override.actor'];
      gateIds: components['schemas']['common.id'][];
      id: components['schemas']['common.id'];
      liftedAt?: components['schemas']['common.instant'];
      liftedBy?: components['schemas']['override.actor'];
      reason: string;
      /** @description The screens it reaches (in answers to a person, not in stored data). */
      screenIds?: components['schemas']['common.id'][];
      targets: components['schemas']['override.targets'];
    };
    /**
     * BlackoutInput
     * @description Black out screens now, until lifted.
     */
    'override.blackoutInput': {
      reason: string;
      targets: components['schemas']['override.targets'];
    };
    /**
     * OverrideChange
     * @description Server to console: an emergency or a blackout changed state (sent, approved, cleared, expired, started, lifted), as the person listening sees it now.
     */
    'override.change': {
      blackout?: components['schemas']['override.blackout'];
      emergency?: components['schemas']['override.emergency'];
      /** @enum {string} */
      kind: 'emergency' | 'blackout';
    };
    /**
     * Emergency
     * @description A stored emergency message and its life: pending (awaiting a second approver), active, cleared or expired.
     */
    'override.emergency': {
      /** @description Screens that have shown it, with when (in answers to a person, not in stored data). */
      acks?: {
        at: components['schemas']['common.instant'];
        screenId: components['schemas']['common.id'];
      }[];
      actions?: components['schemas']['override.actions'];
      activatedAt?: components['schemas']['common.instant'];
      approvedBy?: components['schemas']['override.actor'];
      /** @description While pending: the people who could give the second approval (not the sender). */
      approvers?: components['schemas']['override.person'][];
      clearedAt?: components['schemas']['common.instant'];
      clearedBy?: components['schemas']['override.actor'];
      createdAt: components['schemas']['common.instant'];
      createdBy: components['schemas']['override.actor'];
      /**
       * @description A drill (a CAP alert with status Exercise or Test): shown only on screens that opted in, under a DIỄN TẬP / EXERCISE watermark in every language.
       * @constant
       */
      exercise?: true;
      expiresAt?: components['schemas']['common.instant'];
      /** @description The gates the targets reached when it was sent. */
      gateIds: components['schemas']['common.id'][];
      id: components['schemas']['common.id'];
      note?: string;
      /**
       * EmergencyOrigin
       * @description Where it came from when an authority sent it as a CAP alert: the stored alert, its source, and where each language's text came from.
       */
      origin?: {
        alertId: components['schemas']['common.id'];
        /** @constant */
        kind: 'cap';
        /** @description The emergency that an Update put in its place (it was cleared then). */
        replacedBy?: components['schemas']['common.id'];
        sourceId: components['schemas']['common.id'];
        texts: {
          [key: string]: 'original' | 'template';
        };
      };
      /** @description Screens whose player sent a screenshot when it appeared (in answers to a person, not in stored data). */
      proofs?: components['schemas']['override.emergencyProof'][];
      /** @description The screens it reaches (in answers to a person, not in stored data). */
      screenIds?: components['schemas']['common.id'][];
      /**
       * @description How the second approval was met: given by another approver, waived by every target gate's policy, waived by a rule of the alert source that sent it (a CAP alert), or still awaited.
       * @enum {string}
       */
      secondApproval: 'given' | 'waived-by-gate-policy' | 'waived-by-source-rule' | 'awaited';
      /** @enum {string} */
      state: 'pending' | 'active' | 'cleared' | 'expired';
      targets: components['schemas']['override.targets'];
      ttlMinutes: number;
      variants: components['schemas']['override.emergencyInput']['variants'];
    };
    /**
     * EmergencyAck
     * @description Player to server: this emergency message is on the screen.
     */
    'override.emergencyAck': {
      id: components['schemas']['common.id'];
    };
    /**
     * EmergencyInput
     * @description An emergency message to send now: its text per language, its targets and how long it stays up.
     */
    'override.emergencyInput': {
      note?: string;
      targets: components['schemas']['override.targets'];
      /** @description Minutes the message stays up once active, unless cleared earlier (at most 7 days). */
      ttlMinutes: number;
      /** @description Text per BCP 47 language tag, shown in turn. */
      variants: {
        [key: string]: components['schemas']['message.variant'];
      };
    };
    /**
     * EmergencyProof
     * @description The screenshot a screen's player sent when an emergency first showed there: the proof that it reached the board.
     */
    'override.emergencyProof': {
      at: components['schemas']['common.instant'];
      /** @description Where the PNG is (GET, signed in). */
      imageUrl: string;
      screenId: components['schemas']['common.id'];
    };
    /** OverridePerson */
    'override.person': {
      id: components['schemas']['common.id'];
      /** @description The person's display name. */
      name: string;
      /** @description What they sign in with (actors are recorded by it). */
      username: string;
    };
    /**
     * PlayerOverride
     * @description Server to player: what overrides the schedule on this screen now. Sent on connect and on every change. An emergency's `since` is when it went live: every screen starts its rotation of languages there, on the first, in step.
     */
    'override.playerOverride': {
      blackout: boolean;
      emergencies: {
        /**
         * @description A drill: draw the DIỄN TẬP / EXERCISE watermark over it, in each of its languages.
         * @constant
         */
        exercise?: true;
        expiresAt: components['schemas']['common.epochMs'];
        fonts: {
          family: string;
          lang: components['schemas']['common.langTag'];
        }[];
        id: components['schemas']['common.id'];
        since?: components['schemas']['common.epochMs'];
        variants: components['schemas']['override.emergencyInput']['variants'];
      }[];
    };
    /**
     * OverridePreview
     * @description The screens and gates an override would reach, by name; for an emergency, whether a second approver is needed and who could give it. Nothing is changed.
     */
    'override.preview': {
      /** @description Emergencies needing a second approval: the people who could give it (roles and scope covering every gate reached; not the one asking). */
      approvers?: components['schemas']['override.person'][];
      /** @description The gates reached, each with the number of its screens reached. */
      gates: {
        id: components['schemas']['common.id'];
        name: string;
        screens: number;
      }[];
      /** @enum {string} */
      kind: 'emergency' | 'blackout';
      screens: {
        gateId: components['schemas']['common.id'];
        id: components['schemas']['common.id'];
        name: string;
      }[];
      /**
       * @description Emergencies only: needed (a target gate asks for a second approver) or waived (every target gate lets one approver send alone).
       * @enum {string}
       */
      secondApproval?: 'needed' | 'waived';
    };
    /**
     * OverridePreviewInput
     * @description What an emergency or a blackout with these targets would reach, asked before sending it.
     */
    'override.previewInput': {
      /** @enum {string} */
      kind: 'emergency' | 'blackout';
      targets: components['schemas']['override.targets'];
    };
    /** ReasonBody */
    'override.reasonBody': {
      reason?: string;
    };
    /**
     * OverrideTargets
     * @description Which screens: every screen (national scope only), the screens of some gates, and/or single screens.
     */
    'override.targets': {
      /** @constant */
      all?: true;
      gates?: components['schemas']['common.id'][];
      screens?: components['schemas']['common.id'][];
    };
    /**
     * PairInput
     * @description An operator pairs a waiting player with a screen by entering the code the player shows.
     */
    pairing: {
      /** @description the six-character code shown on the screen (letters and digits; case, spaces and hyphens do not matter) */
      code: string;
    };
    /**
     * PairingClaim
     * @description Player to server on /pairing: the claim secret of its offer, to learn whether it was paired.
     */
    'pairing.claim': {
      claim: string;
    };
    /**
     * PairingOffer
     * @description Server to player: the code to show, and the claim secret that only this player holds.
     */
    'pairing.offer': {
      claim: string;
      code: string;
      expiresInSeconds: number;
    };
    /**
     * PairResult
     * @description The screen a player was paired with; the player picks up its own device token.
     */
    'pairing.paired': {
      pairedAt: components['schemas']['common.instant'];
      screenId: components['schemas']['common.id'];
    };
    /**
     * PairingRequest
     * @description Player to server on /pairing: asks for a new pairing code (no fields).
     */
    'pairing.request': Record<string, never>;
    /**
     * PairingStatus
     * @description Server to player: still waiting for an operator, or paired (with the player's own device token, given once).
     */
    'pairing.status':
      | {
          expiresInSeconds: number;
          /** @constant */
          status: 'waiting';
        }
      | {
          screenId: components['schemas']['common.id'];
          /** @constant */
          status: 'paired';
          token: string;
        };
    /**
     * Player events
     * @description Payloads on the /player Socket.IO namespace. Every ack is { ok: true, data } or { ok: false, error }.
     */
    'player-events': unknown;
    /**
     * PlayerDataUpdate
     * @description Server to player: live values for the screen's gate (the current value of each path of every source reaching it). full: every value, replacing what the player holds (on connect, and when a source changes or goes); otherwise only values that became current, each kept unless the player holds a newer observation of its path. The player caches them like the manifest. docs/DATA.md.
     */
    'player-events.dataUpdate': {
      full: boolean;
      values: components['schemas']['data.value'][];
    };
    /** PlayerHandshakeAuth */
    'player-events.handshakeAuth': {
      token: string;
    };
    /**
     * ManifestAck
     * @description Player to server: the manifest version it has applied.
     */
    'player-events.manifestAck': {
      version: string;
    };
    /** ManifestAckReply */
    'player-events.manifestAckReply': {
      /** @description Whether the acked version is the screen's current manifest. */
      current: boolean;
      version: string;
    };
    /**
     * ScreenConfig
     * @description Server to player, on connect and whenever the screen or its gate changes.
     */
    'player-events.screenConfig': {
      gate: {
        /** @description The gate's approved calendar (when the crossing is open): the player works out the gate status from it on its own clock, offline too. */
        calendar?: components['schemas']['calendar.calendar'];
        digits?: components['schemas']['data.digits'];
        hours?: components['schemas']['gate.hours'];
        id: components['schemas']['common.id'];
        name: string;
        timeZone: components['schemas']['common.timeZone'];
      };
      height: number;
      /** @enum {string} */
      kind: 'led' | 'kiosk' | 'indoor';
      /** @description Kiosks: back to the loop after this long untouched. */
      kioskIdleSeconds?: number;
      languages: components['schemas']['common.langTag'][];
      /** @description The screen's legibility floor in CSS px (before each script's own minimum): text is never fitted below it. */
      minTextPx: number;
      name: string;
      offsetX: number;
      offsetY: number;
      /** @enum {integer} */
      rotation: 0 | 90 | 180 | 270;
      screenId: components['schemas']['common.id'];
      width: number;
    };
    /**
     * ScreenLiveData
     * @description What a screen's live fields are filled from now, for the console's preview: its gate as its players get it (zone, digits, approved calendar) and the values its players hold.
     */
    'player-events.screenLive': {
      gate: components['schemas']['player-events.screenConfig']['gate'];
      values: components['schemas']['player-events.dataUpdate']['values'];
    };
    /**
     * TimeSync
     * @description Player to server: its clock when sending; the ack carries the server clock.
     */
    'player-events.timeSync': {
      clientTime: components['schemas']['common.epochMs'];
    };
    /** TimeSyncReply */
    'player-events.timeSyncReply': {
      clientTime: components['schemas']['common.epochMs'];
      serverTime: components['schemas']['common.epochMs'];
    };
    /**
     * PlaylistInput
     * @description An ordered loop of items.
     */
    playlist: {
      /** @description The gate this playlist belongs to; null (and no province) for a playlist shared by every gate. */
      gateId?: components['schemas']['common.id'] | null;
      id?: components['schemas']['common.id'];
      items: components['schemas']['playlist.item'][];
      /**
       * @description Languages to rotate for this playlist's messages; empty means the screen's languages.
       * @default []
       */
      languages?: components['schemas']['common.langTag'][];
      /** @description The screen layout while this playlist plays; absent means the screen's. */
      layout?: components['schemas']['common.layout'];
      name: components['schemas']['common.name'];
      province?: components['schemas']['common.ownerProvince'];
    };
    /** ClockItem */
    'playlist.clockItem': {
      duration: components['schemas']['playlist.duration'];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'clock';
      validFrom?: components['schemas']['common.instant'];
      validUntil?: components['schemas']['common.instant'];
    };
    /**
     * DurationSeconds
     * @description Seconds on screen (for a message: per language).
     */
    'playlist.duration': number;
    /** ImageItem */
    'playlist.imageItem': {
      assetId: components['schemas']['common.id'];
      /**
       * @description Colour of the bars of contain, and under transparent pixels.
       * @default #000000
       */
      background?: components['schemas']['common.colour'];
      duration: components['schemas']['playlist.duration'];
      /**
       * @description How the image fills the screen: cover (crop), contain (letterbox on the background) or fill (stretch). The controller makes a rendition of exactly the screen's pixels for it.
       * @default contain
       * @enum {string}
       */
      fit?: 'cover' | 'contain' | 'fill';
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'image';
      validFrom?: components['schemas']['common.instant'];
      validUntil?: components['schemas']['common.instant'];
    };
    /** PlaylistItem */
    'playlist.item':
      | components['schemas']['playlist.messageItem']
      | components['schemas']['playlist.imageItem']
      | components['schemas']['playlist.videoItem']
      | components['schemas']['playlist.clockItem'];
    /** MessageItem */
    'playlist.messageItem': {
      duration: components['schemas']['playlist.duration'];
      /**
       * @description rotate: one language after the other, each for duration; side-by-side: all of them at once, for duration.
       * @default rotate
       * @enum {string}
       */
      languages?: 'rotate' | 'side-by-side';
      messageId: components['schemas']['common.id'];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'message';
      validFrom?: components['schemas']['common.instant'];
      validUntil?: components['schemas']['common.instant'];
    };
    /**
     * PlaylistInput (stored)
     * @description An ordered loop of items.
     */
    'playlist.stored': {
      createdAt: components['schemas']['common.instant'];
      /** @description The gate this playlist belongs to; null (and no province) for a playlist shared by every gate. */
      gateId?: components['schemas']['common.id'] | null;
      id: components['schemas']['common.id'];
      items: components['schemas']['playlist.item'][];
      /**
       * @description Languages to rotate for this playlist's messages; empty means the screen's languages.
       * @default []
       */
      languages?: components['schemas']['common.langTag'][];
      /** @description The screen layout while this playlist plays; absent means the screen's. */
      layout?: components['schemas']['common.layout'];
      name: components['schemas']['common.name'];
      province?: components['schemas']['common.ownerProvince'];
      updatedAt: components['schemas']['common.instant'];
    };
    'playlist.validity': {
      validFrom?: components['schemas']['common.instant'];
      validUntil?: components['schemas']['common.instant'];
    };
    /** VideoItem */
    'playlist.videoItem': {
      assetId: components['schemas']['common.id'];
      duration: components['schemas']['playlist.duration'];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'video';
      validFrom?: components['schemas']['common.instant'];
      validUntil?: components['schemas']['common.instant'];
    };
    /**
     * Reporting
     * @description What players report (heartbeats, proof of play) and the remote commands the controller sends them.
     */
    report: unknown;
    /**
     * AuditEntry
     * @description One entry of the append-only audit log.
     */
    'report.auditEntry': {
      action: string;
      actor: {
        id: string;
        kind: string;
        name: string;
      };
      at: components['schemas']['common.instant'];
      detail: Record<string, never>;
      entity: string | null;
      entityId: string | null;
      id: string;
      ip: string | null;
      /** @enum {string} */
      outcome: 'ok' | 'denied' | 'failed';
    };
    /**
     * AvailabilityRow
     * @description Availability of one screen, or of a whole gate (screenId null), over a period: minutes with heartbeats over the minutes the screen existed in the period.
     */
    'report.availabilityRow': {
      /** @description Share of the period with heartbeats, 0..1. */
      availability: number;
      /** @description Where counting starts: the period's first local midnight, or the screen's creation if later (a gate: the earliest of its screens). */
      countedFrom: components['schemas']['common.instant'];
      /** @description Where counting ends: the midnight after the period's last day, or now if earlier. */
      countedUntil: components['schemas']['common.instant'];
      gate: string;
      gateId: string;
      /** @description Minutes of the counted span (a gate: the sum of its screens' own). */
      minutes: number;
      /** @description Minutes of the counted span in which the screen sent a heartbeat (a gate: the sum of its screens'). */
      minutesUp: number;
      province: string;
      screen: string | null;
      screenId: string | null;
    };
    /**
     * Command
     * @description A remote command sent to a screen and what came of it.
     */
    'report.command': {
      completedAt?: components['schemas']['common.instant'];
      error?: components['schemas']['common.apiError'];
      id: string;
      requestedAt: components['schemas']['common.instant'];
      requestedBy: components['schemas']['approval.actor'];
      result?: Record<string, never>;
      screenId: string;
      /**
       * @description sent → done, failed (the player said why) or timeout (no player answered).
       * @enum {string}
       */
      state: 'sent' | 'done' | 'failed' | 'timeout';
      type: string;
    };
    /**
     * CommandInput
     * @description A remote command for one screen. Blackout and unblank act through the blackouts of /api/v1/blackouts.
     */
    'report.commandInput': {
      /** @description blackout: why (kept with the blackout). */
      reason?: string;
      /** @description identify, test-pattern: how long to show it (default 10 and 60). */
      seconds?: number;
      /** @enum {string} */
      type: 'reload' | 'screenshot' | 'identify' | 'test-pattern' | 'blackout' | 'unblank';
    };
    /**
     * Heartbeat
     * @description Player to server, every interval (30 s by default) while connected.
     */
    'report.heartbeat': {
      cache: {
        /** @description Assets the applied manifest lists. */
        assets: number;
        /** @description Bytes held for playback (or the origin's storage use). */
        bytes: number;
        /** @description Of those, how many are not held. */
        missing: number;
        /** @description Proof-of-play records waiting for an ack. */
        pendingPlays?: number;
      };
      clock: {
        /** @description Controller clock minus local clock. */
        offsetMs: number;
        /** @description False while the clock may be wrong (e.g. before the manifest was made). */
        trusted: boolean;
      };
      display: {
        devicePixelRatio: number;
        height: number;
        stageHeight: number;
        stageWidth: number;
        /** @description Window, CSS px. */
        width: number;
      };
      /** @description The last errors the page saw (newest last). */
      errors: {
        at: components['schemas']['common.epochMs'];
        message: string;
      }[];
      /** @description The applied manifest, null before the first. */
      manifestVersion: string | null;
      onScreen: components['schemas']['report.onScreen'];
      playerVersion: string;
      /** @description The player's corrected clock when sending. */
      sentAt: components['schemas']['common.epochMs'];
      uptimeSeconds: number;
    };
    /**
     * HeartbeatMinute
     * @description Heartbeat history, one row per screen and minute.
     */
    'report.heartbeatMinute': {
      clockOffsetMs: number;
      clockTrusted: boolean;
      /** @description Errors reported in the minute's last heartbeat. */
      errors: number;
      heartbeats: number;
      manifestVersion: string | null;
      /** @description Start of the minute (UTC). */
      minute: components['schemas']['common.instant'];
      missingAssets: number;
      uptimeSeconds: number;
    };
    /** HeartbeatReply */
    'report.heartbeatReply': {
      /** @description When to send the next heartbeat. */
      intervalSeconds: number;
      receivedAt: components['schemas']['common.epochMs'];
    };
    /** HeartbeatHistoryQuery */
    'report.historyQuery': {
      from?: components['schemas']['common.instant'];
      until?: components['schemas']['common.instant'];
    };
    /**
     * OnScreen
     * @description What the screen shows: the playing entry, or what covers it.
     */
    'report.onScreen': {
      assetId?: components['schemas']['common.id'];
      emergencyId?: string;
      lang?: components['schemas']['common.langTag'];
      messageId?: components['schemas']['common.id'];
      playlistId?: components['schemas']['common.id'];
      since?: components['schemas']['common.epochMs'];
      /** @enum {string} */
      type:
        | 'message'
        | 'image'
        | 'video'
        | 'clock'
        | 'idle'
        | 'emergency'
        | 'blackout'
        | 'test-pattern'
        | 'scheduled-off';
    };
    /**
     * Play
     * @description A stored proof-of-play record.
     */
    'report.play': {
      assetId?: string;
      clockTrusted?: boolean;
      durationMs: number;
      end: components['schemas']['common.instant'];
      gateId: string;
      id: string;
      lang?: string;
      manifestVersion?: string;
      messageId?: string;
      playlistId?: string;
      receivedAt: components['schemas']['common.instant'];
      screenId: string;
      start: components['schemas']['common.instant'];
      type: string;
    };
    /**
     * PlayBatch
     * @description Player to server: proof-of-play records, deleted by the player once acked.
     */
    'report.playBatch': {
      records: components['schemas']['report.playRecord'][];
    };
    /** PlayBatchReply */
    'report.playBatchReply': {
      /** @description Records it already had (a resent batch). */
      duplicates: number;
      received: number;
      /** @description Which records were refused, and why. */
      refusals: {
        id: string;
        /** @enum {string} */
        reason:
          | 'unknown_manifest'
          | 'future'
          | 'too_old'
          | 'before_sent'
          | 'unknown_item'
          | 'wrong_time'
          | 'too_long'
          | 'overlap';
      }[];
      /** @description Records refused as implausible: not stored, and never to be sent again (the player deletes every record of an acked batch). */
      refused: number;
      /** @description Records new to the controller. */
      stored: number;
    };
    /**
     * PlayerCommand
     * @description Server to player: do this now and ack with the result.
     */
    'report.playerCommand': {
      durationMs?: number;
      /** @description geometry-preview: the proposed region. */
      geometry?: components['schemas']['screen-geometry.geometry'];
      id: string;
      /**
       * @description geometry-preview: the test pattern at `geometry`, nothing stored; geometry-preview-end: back to the stored region at once.
       * @enum {string}
       */
      type:
        'reload' | 'screenshot' | 'identify' | 'test-pattern' | 'geometry-preview' | 'geometry-preview-end';
      /** @description screenshot: where to POST the PNG (with the device token). */
      uploadUrl?: string;
    };
    /**
     * PlayerCommandResult
     * @description What the player did; a screenshot names the upload it made.
     */
    'report.playerCommandResult': {
      detail?: string;
      done: boolean;
      height?: number;
      screenshotId?: string;
      width?: number;
    };
    /** PlayQuery */
    'report.playQuery': {
      from?: components['schemas']['common.instant'];
      /** @default 500 */
      limit?: number;
      /** @default 0 */
      offset?: number;
      until?: components['schemas']['common.instant'];
    };
    /**
     * PlayRecord
     * @description One item shown on a screen, from when it appeared until it left.
     */
    'report.playRecord': {
      assetId?: components['schemas']['common.id'];
      /** @description Whether the player trusted its clock when it played this. */
      clockTrusted?: boolean;
      end: components['schemas']['common.epochMs'];
      /** @description Made by the player (a UUID), so a resent batch is stored once. */
      id: string;
      lang?: components['schemas']['common.langTag'];
      manifestVersion?: string;
      messageId?: components['schemas']['common.id'];
      playlistId?: components['schemas']['common.id'];
      start: components['schemas']['common.epochMs'];
      /** @enum {string} */
      type: 'message' | 'image' | 'video' | 'clock';
    };
    /**
     * PlayReportRow
     * @description One line of the proof-of-play report: plays and on-screen time of one item in one language on one screen on one gate-local day.
     */
    'report.playReportRow': {
      day: components['schemas']['common.localDate'];
      gate: string;
      gateId: string;
      /** @description message:<id>, asset:<id>, or the item type (clock). */
      item: string;
      /** @description The message's or asset's name; empty for an item without one (a clock). */
      itemName: string;
      /** @description The language shown, or empty for items without one. */
      lang: string;
      onScreenSeconds: number;
      plays: number;
      province: string;
      screen: string;
      screenId: string;
      type: string;
    };
    /**
     * ScreenHeartbeat
     * @description A screen's latest heartbeat as the controller received it.
     */
    'report.screenHeartbeat': {
      heartbeat: components['schemas']['report.heartbeat'];
      intervalSeconds: number;
      receivedAt: components['schemas']['common.epochMs'];
      screenId: components['schemas']['common.id'];
    };
    /**
     * Screenshot
     * @description A picture of exactly what a screen's stage showed.
     */
    'report.screenshot': {
      bytes: number;
      commandId: string;
      height: number;
      id: string;
      /** @description The PNG (for signed-in operators). */
      imageUrl: string;
      screenId: string;
      takenAt: components['schemas']['common.instant'];
      width: number;
    };
    /**
     * ScheduleInput
     * @description Puts a playlist on target screens: always, in a weekly time slot, or at recurring times given by a cron expression, evaluated in each gate's time zone. 'from' and 'until' are inclusive days in the gate's time zone.
     */
    schedule: {
      /** @default true */
      enabled?: boolean;
      from?: components['schemas']['common.localDate'];
      id?: components['schemas']['common.id'];
      name: components['schemas']['common.name'];
      playlistId: components['schemas']['common.id'];
      /**
       * @description Higher wins; equal priorities interleave item by item.
       * @default 0
       */
      priority?: number;
      recurrence: components['schemas']['schedule.recurrence'];
      targets: components['schemas']['schedule.targets'];
      until?: components['schemas']['common.localDate'];
    };
    /** RecurrenceAlways */
    'schedule.always': {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'always';
    };
    /** RecurrenceCron */
    'schedule.cron': {
      /**
       * Format: cron
       * @description node-cron syntax, five fields (minute hour day month weekday) or six with seconds first; e.g. '0 6 * * 1-5' = weekdays at 06:00.
       */
      cron: string;
      /** @description How long each occurrence lasts. */
      durationMinutes: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'cron';
    };
    /** Recurrence */
    'schedule.recurrence':
      | components['schemas']['schedule.always']
      | components['schemas']['schedule.weekly']
      | components['schemas']['schedule.cron'];
    /**
     * ScheduleInput (stored)
     * @description Puts a playlist on target screens: always, in a weekly time slot, or at recurring times given by a cron expression, evaluated in each gate's time zone. 'from' and 'until' are inclusive days in the gate's time zone.
     */
    'schedule.stored': {
      createdAt: components['schemas']['common.instant'];
      /** @default true */
      enabled?: boolean;
      from?: components['schemas']['common.localDate'];
      id: components['schemas']['common.id'];
      name: components['schemas']['common.name'];
      /** @description The scope of whoever created it (absent: national); its group targets reach only screens there. */
      owner?: components['schemas']['user.scope'];
      playlistId: components['schemas']['common.id'];
      /**
       * @description Higher wins; equal priorities interleave item by item.
       * @default 0
       */
      priority?: number;
      recurrence: components['schemas']['schedule.recurrence'];
      targets: components['schemas']['schedule.targets'];
      until?: components['schemas']['common.localDate'];
      updatedAt: components['schemas']['common.instant'];
    };
    /**
     * ScheduleTargets
     * @description A screen is targeted if it is listed, belongs to a listed gate, or carries a listed group tag.
     */
    'schedule.targets': {
      /** @default [] */
      gates?: components['schemas']['common.id'][];
      /** @default [] */
      groups?: components['schemas']['common.tag'][];
      /** @default [] */
      screens?: components['schemas']['common.id'][];
    };
    /**
     * TimeOfDay
     * @description A wall-clock time HH:MM (00:00 to 23:59) in the gate's time zone.
     */
    'schedule.timeOfDay': string;
    /**
     * RecurrenceWeekly
     * @description A time slot on some days of the week: from start to end on each listed day, or, when overnight, from start on each listed day to end on the next day. The same as the cron 'M H * * days' lasting end - start. start equal to end is refused (zero_duration); end before start without overnight, or after start with it, is refused (overnight_unclear).
     */
    'schedule.weekly': {
      /** @description ISO weekdays the slot starts on: 1 = Monday ... 7 = Sunday. */
      days: number[];
      end: components['schemas']['schedule.timeOfDay'];
      /**
       * @description The slot ends on the day after it starts (end is before start).
       * @default false
       */
      overnight?: boolean;
      start: components['schemas']['schedule.timeOfDay'];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'weekly';
    };
    /**
     * ScreenInput
     * @description A display at a gate: an LED board, a touch kiosk or an indoor screen.
     */
    screen: {
      /** @description Shows drills: CAP alerts with status Exercise or Test reach this screen (under a DIỄN TẬP / EXERCISE watermark). Absent or false: they never do. */
      exercises?: boolean;
      gateId: components['schemas']['common.id'];
      /**
       * @description Group tags a schedule can target.
       * @default []
       */
      groups?: components['schemas']['common.tag'][];
      /** @description Pixels the screen shows, vertically. */
      height: number;
      id?: components['schemas']['common.id'];
      /**
       * @description Format of the image renditions made for this screen: WebP, or JPEG for players that cannot decode WebP.
       * @default webp
       * @enum {string}
       */
      imageFormat?: 'webp' | 'jpeg';
      /** @enum {string} */
      kind: 'led' | 'kiosk' | 'indoor';
      /**
       * @description Kiosks: seconds without a touch after which the screen goes back to the loop.
       * @default 60
       */
      kioskIdleSeconds?: number;
      /**
       * @description Languages to rotate on this screen; empty means the gate's languages.
       * @default []
       */
      languages?: components['schemas']['common.langTag'][];
      /**
       * @description full: items fill the screen; ticker: items above, a band along the bottom scrolling the ticker texts of the messages in the loop. A playlist's own layout wins while it plays.
       * @default full
       */
      layout?: components['schemas']['common.layout'];
      /** @description Legibility: the smallest text the screen may show, in pixels, set by hand (wins over the viewing distance). Scripts with stacked marks never go below their own minimum. */
      minTextPx?: number;
      name: components['schemas']['common.name'];
      /**
       * @description LED boards: left edge of the region the sending card copies from the HDMI output.
       * @default 0
       */
      offsetX?: number;
      /**
       * @description LED boards: top edge of the region the sending card copies from the HDMI output.
       * @default 0
       */
      offsetY?: number;
      /** @description Legibility: millimetres from one pixel (LED) to the next; without it, the usual pitch of the kind. */
      pixelPitchMm?: number;
      /**
       * @default 0
       * @enum {integer}
       */
      rotation?: 0 | 90 | 180 | 270;
      /** @description Legibility: metres from the screen to the farthest reader it is meant for. With the pixel pitch it sets the smallest text (capitals distance/250 tall). */
      viewingDistanceM?: number;
      /** @description Pixels the screen shows, horizontally. */
      width: number;
    };
    /**
     * ScreenGeometry
     * @description An LED board's region (W×H at X,Y of the HDMI output), changed on a live board only after the player previewed the new one, with the geometry each change replaced.
     */
    'screen-geometry': unknown;
    /**
     * GeometryApplyInput
     * @description Confirms a preview the board is showing: its region becomes the screen's.
     */
    'screen-geometry.applyInput': {
      previewId: components['schemas']['common.id'];
    };
    /**
     * GeometryCancelInput
     * @description Ends a preview: the player goes back to the stored region at once.
     */
    'screen-geometry.cancelInput': {
      previewId: components['schemas']['common.id'];
    };
    /**
     * GeometryChange
     * @description One change of a screen's region: what it replaced, what it became, who and how.
     */
    'screen-geometry.change': {
      after: components['schemas']['screen-geometry.geometry'];
      before: components['schemas']['screen-geometry.geometry'];
      changedAt: components['schemas']['common.instant'];
      changedBy: components['schemas']['approval.actor'];
      id: string;
      screenId: string;
      /**
       * @description apply: a confirmed preview; restore: back to the region the last change replaced.
       * @enum {string}
       */
      via: 'apply' | 'restore';
    };
    /**
     * Geometry
     * @description The rectangle of the output a screen shows, in output pixels.
     */
    'screen-geometry.geometry': {
      height: number;
      offsetX: number;
      offsetY: number;
      width: number;
    };
    /**
     * GeometryPreview
     * @description A proposed region the player showed: showing until it is applied, cancelled or runs out.
     */
    'screen-geometry.preview': {
      endedAt?: components['schemas']['common.instant'];
      expiresAt: components['schemas']['common.instant'];
      geometry: components['schemas']['screen-geometry.geometry'];
      id: string;
      requestedAt: components['schemas']['common.instant'];
      requestedBy: components['schemas']['approval.actor'];
      screenId: string;
      /**
       * @description showing: on the board until expiresAt; applied, cancelled or expired: over.
       * @enum {string}
       */
      state: 'showing' | 'applied' | 'cancelled' | 'expired';
    };
    /**
     * GeometryPreviewInput
     * @description A proposed region for the player to show its test pattern at, without storing it.
     */
    'screen-geometry.previewInput': {
      height: number;
      offsetX: number;
      offsetY: number;
      /** @description How long the player shows the preview before going back by itself (default 60). */
      seconds?: number;
      width: number;
    };
    /**
     * ScreenGeometryState
     * @description A screen's region now, the one a restore would bring back, whether a change needs a preview, the preview showing and the recent changes.
     */
    'screen-geometry.state': {
      /** @description The newest changes first (at most 10). */
      changes: components['schemas']['screen-geometry.change'][];
      current: components['schemas']['screen-geometry.geometry'];
      /** @description A paired LED board that has reported: its region changes only through a preview. */
      needsPreview: boolean;
      /** @description The preview the board is showing now, or null. */
      preview: components['schemas']['screen-geometry.preview'] | null;
      /** @description The region the last change replaced (what restore brings back), or null. */
      previous: components['schemas']['screen-geometry.geometry'] | null;
      screenId: string;
    };
    /**
     * ScreenInput (stored)
     * @description A display at a gate: an LED board, a touch kiosk or an indoor screen.
     */
    'screen.stored': {
      createdAt: components['schemas']['common.instant'];
      /** @description Shows drills: CAP alerts with status Exercise or Test reach this screen (under a DIỄN TẬP / EXERCISE watermark). Absent or false: they never do. */
      exercises?: boolean;
      gateId: components['schemas']['common.id'];
      /**
       * @description Group tags a schedule can target.
       * @default []
       */
      groups?: components['schemas']['common.tag'][];
      /** @description Pixels the screen shows, vertically. */
      height: number;
      id: components['schemas']['common.id'];
      /**
       * @description Format of the image renditions made for this screen: WebP, or JPEG for players that cannot decode WebP.
       * @default webp
       * @enum {string}
       */
      imageFormat?: 'webp' | 'jpeg';
      /** @enum {string} */
      kind: 'led' | 'kiosk' | 'indoor';
      /**
       * @description Kiosks: seconds without a touch after which the screen goes back to the loop.
       * @default 60
       */
      kioskIdleSeconds?: number;
      /**
       * @description Languages to rotate on this screen; empty means the gate's languages.
       * @default []
       */
      languages?: components['schemas']['common.langTag'][];
      /**
       * @description full: items fill the screen; ticker: items above, a band along the bottom scrolling the ticker texts of the messages in the loop. A playlist's own layout wins while it plays.
       * @default full
       */
      layout?: components['schemas']['common.layout'];
      /** @description Legibility: the smallest text the screen may show, in pixels, set by hand (wins over the viewing distance). Scripts with stacked marks never go below their own minimum. */
      minTextPx?: number;
      name: components['schemas']['common.name'];
      /**
       * @description LED boards: left edge of the region the sending card copies from the HDMI output.
       * @default 0
       */
      offsetX?: number;
      /**
       * @description LED boards: top edge of the region the sending card copies from the HDMI output.
       * @default 0
       */
      offsetY?: number;
      /** @description Legibility: millimetres from one pixel (LED) to the next; without it, the usual pitch of the kind. */
      pixelPitchMm?: number;
      /**
       * @default 0
       * @enum {integer}
       */
      rotation?: 0 | 90 | 180 | 270;
      updatedAt: components['schemas']['common.instant'];
      /** @description Legibility: metres from the screen to the farthest reader it is meant for. With the pixel pitch it sets the smallest text (capitals distance/250 tall). */
      viewingDistanceM?: number;
      /** @description Pixels the screen shows, horizontally. */
      width: number;
    };
    /**
     * UserInput
     * @description A person who uses the console: roles say what they may do, the scope where.
     */
    user: {
      /** @default false */
      disabled?: boolean;
      displayName: components['schemas']['common.name'];
      id?: components['schemas']['common.id'];
      /** @description Only on create, or to reset it (admins). At least 12 characters. */
      password?: string;
      roles: components['schemas']['user.roles'];
      scope: components['schemas']['user.scope'];
      /** @description Sign-in name: 3-64 lower-case letters, digits, dots, hyphens or underscores. */
      username: string;
    };
    /**
     * ApiToken
     * @description An API token as listed (its secret only in the reply that creates it).
     */
    'user.apiToken': {
      createdAt: components['schemas']['common.instant'];
      id: components['schemas']['common.id'];
      label: string;
      /** @description The person the token acts for (user:<id>); absent on tokens made before this was kept. */
      person?: string;
      revokedAt: components['schemas']['common.instant'] | null;
      roles: components['schemas']['user.roles'];
      scope: components['schemas']['user.scope'];
      /** @description The secret: shown once, when the token is created. */
      token?: string;
    };
    /**
     * ApiTokenCreated
     * @description A new API token, with its secret (shown only now).
     */
    'user.apiTokenCreated': {
      createdAt: components['schemas']['common.instant'];
      id: components['schemas']['common.id'];
      label: string;
      /** @description The person the token acts for (user:<id>); absent on tokens made before this was kept. */
      person?: string;
      revokedAt: components['schemas']['common.instant'] | null;
      roles: components['schemas']['user.roles'];
      scope: components['schemas']['user.scope'];
      /** @description The secret: shown once, when the token is created. */
      token: string;
    };
    /**
     * ApiTokenInput
     * @description An API token for automation, with its own roles and scope (never more than its creator's).
     */
    'user.apiTokenInput': {
      label: string;
      roles: components['schemas']['user.roles'];
      scope: components['schemas']['user.scope'];
    };
    /** LoginInput */
    'user.login': {
      password: string;
      /** @description Instead of the six-digit code: one of the recovery codes shown at enrolment (each works once; case, spaces and hyphens do not matter). */
      recoveryCode?: string;
      /** @description Six-digit code, when the account has a second factor. */
      totp?: string;
      username: string;
    };
    /**
     * Me
     * @description Who the caller is: a signed-in user or an API token.
     */
    'user.me': {
      /** @description Send as X-CSRF-Token on every write made with the session cookie. */
      csrfToken?: string;
      /** @description A person's name as shown (not for a token). */
      displayName?: string;
      id: string;
      /** @enum {string} */
      kind: 'user' | 'token';
      name: string;
      /** @description Recovery codes of the second factor not used yet (not for a token). */
      recoveryCodesLeft?: number;
      roles: components['schemas']['user.roles'];
      scope: components['schemas']['user.scope'];
      /** @description Whether the person signs in with a second factor (not for a token). */
      secondFactor?: boolean;
    };
    /** PasswordChange */
    'user.passwordChange': {
      currentPassword: string;
      newPassword: string;
    };
    /**
     * RecoveryCodes
     * @description New recovery codes, shown this once: each lets its owner sign in once without the authenticator app. Only their hashes are kept; any earlier set stops working.
     */
    'user.recoveryCodes': {
      codes: string[];
    };
    /**
     * Role
     * @enum {string}
     */
    'user.role': 'admin' | 'editor' | 'approver' | 'technician' | 'viewer';
    'user.roles': components['schemas']['user.role'][];
    /**
     * Scope
     * @description Where a user or token may act: everywhere (global), or the listed provinces and gates.
     */
    'user.scope': {
      /** @default [] */
      gates?: components['schemas']['common.id'][];
      /** @default false */
      global?: boolean;
      /** @default [] */
      provinces?: string[];
    };
    /**
     * UserInput (stored)
     * @description A person who uses the console: roles say what they may do, the scope where.
     */
    'user.stored': {
      createdAt: components['schemas']['common.instant'];
      /** @default false */
      disabled?: boolean;
      displayName: components['schemas']['common.name'];
      id: components['schemas']['common.id'];
      roles: components['schemas']['user.roles'];
      scope: components['schemas']['user.scope'];
      /** @description Whether the person signs in with a second factor (an authenticator app code). */
      secondFactor: boolean;
      updatedAt: components['schemas']['common.instant'];
      /** @description Sign-in name: 3-64 lower-case letters, digits, dots, hyphens or underscores. */
      username: string;
    };
    /**
     * TotpConfirm
     * @description Turns on the second factor (confirming enrolment) or off (disabling it) with a code from the authenticator app.
     */
    'user.totpConfirm': {
      /** @description the six digits shown by the authenticator app */
      totp: string;
    };
    /** TotpSetup */
    'user.totpSetup': {
      /** @description Scan as a QR code with an authenticator app. */
      otpauthUri: string;
      secret: string;
    };
    /**
     * TotpStart
     * @description Starts second-factor enrolment; the current password proves it is the account's owner.
     */
    'user.totpStart': {
      password: string;
    };
    /**
     * UserState
     * @description What the server keeps about a person besides what an admin writes.
     */
    'user.userState': {
      /** @description Whether the person signs in with a second factor (an authenticator app code). */
      secondFactor: boolean;
    };
    /**
     * WebhookInput
     * @description An outgoing webhook: alerts about screens in its scope are POSTed to its URL as JSON, signed with its secret.
     */
    webhook: {
      description?: string;
      events: components['schemas']['webhook.event'][];
      scope: components['schemas']['user.scope'];
      /** @description Shared secret for the X-Gatecast-Signature HMAC; stored sealed and never shown again. */
      secret: string;
      /**
       * Format: uri
       * @description http(s) URL of the receiver (a chat bot, an SMS gateway).
       */
      url: string;
    };
    /**
     * ScreenAlert
     * @description The body POSTed to a webhook (and shown in the console).
     */
    'webhook.alert': {
      at: components['schemas']['common.instant'];
      event: components['schemas']['webhook.event'];
      gate: {
        id: string;
        name: string;
        province: string;
      };
      screen: {
        id: string;
        name: string;
      };
      /** @description When the screen was last heard from (offline) or went offline (online). */
      since: components['schemas']['common.instant'] | null;
      /** @description The screen's status now, in the one vocabulary of the dashboard and GET /api/v1/fleet (online, stale, offline, never, scheduled-off): offline for screen.offline, online for screen.online. Always sent by the controller. */
      status?: components['schemas']['webhook.connectivity'];
      /** @description A one-line summary in Vietnamese, for chat and SMS. */
      text?: string;
    };
    /**
     * Connectivity
     * @description online, stale, offline, never; scheduled-off: outside its gate's operating hours with the board dark or on its night template by schedule (not an outage: silence then is not counted).
     * @enum {string}
     */
    'webhook.connectivity': 'online' | 'stale' | 'offline' | 'never' | 'scheduled-off';
    /**
     * ConnectivityChange
     * @description Server to console: a screen's connectivity changed.
     */
    'webhook.connectivityChange': {
      at: components['schemas']['common.instant'];
      from: components['schemas']['webhook.connectivity'];
      gateId: string;
      screenId: string;
      to: components['schemas']['webhook.connectivity'];
    };
    /** WebhookDelivery */
    'webhook.delivery': {
      attempts: number;
      createdAt: components['schemas']['common.instant'];
      deliveredAt?: components['schemas']['common.instant'] | null;
      event: components['schemas']['webhook.event'];
      id: string;
      lastError?: string | null;
      lastStatus?: number | null;
      nextAttemptAt?: components['schemas']['common.instant'] | null;
      /** @enum {string} */
      state: 'pending' | 'delivered' | 'failed';
      webhookId: string;
    };
    /**
     * AlertEvent
     * @enum {string}
     */
    'webhook.event': 'screen.offline' | 'screen.online';
    /**
     * FleetScreen
     * @description One screen's status at a glance (the technicians' dashboard).
     */
    'webhook.fleetScreen': {
      appliedVersion: string | null;
      clockUntrusted: boolean;
      connectivity: components['schemas']['webhook.connectivity'];
      currentVersion: string | null;
      gate: string;
      gateId: string;
      kind?: string;
      lastHeartbeatAt: components['schemas']['common.instant'] | null;
      name: string;
      outdated: boolean;
      province: string;
      screenId: string;
    };
    /** Webhook */
    'webhook.webhook': {
      createdAt: components['schemas']['common.instant'];
      createdBy: string;
      description?: string;
      events: components['schemas']['webhook.event'][];
      id: components['schemas']['common.id'];
      scope: components['schemas']['user.scope'];
      url: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the console */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A credential was presented and is not valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getOpenapiJson: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAlertSources: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['alert.source'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAlertSources: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['alert.sourceInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.sourceWithToken'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAlertSourcesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.source'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putAlertSourcesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['alert.sourceInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.source'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteAlertSourcesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAlertSourcesIdPoll: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            at: components['schemas']['common.instant'];
            entries: number;
            errors: {
              /** @description The entry’s id; absent when the feed itself could not be read. */
              entry?: string;
              message: string;
              retry: boolean;
            }[];
            new: number;
            sourceId: components['schemas']['common.id'];
          };
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAlertSourcesIdToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.sourceWithToken'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAlertTemplates: {
    parameters: {
      query?: {
        event?: components['schemas']['alert.templateQuery']['event'];
        gateId?: components['schemas']['alert.templateQuery']['gateId'];
        limit?: components['schemas']['common.pageQuery']['limit'];
        offset?: components['schemas']['common.pageQuery']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['alert.template'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAlertTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['alert.templateInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.template'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAlertTemplatesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.template'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putAlertTemplatesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['alert.templateInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.template'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteAlertTemplatesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAlertTemplatesIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.template'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAlerts: {
    parameters: {
      query?: {
        gateId?: components['schemas']['alert.alertQuery']['gateId'];
        limit?: components['schemas']['common.pageQuery']['limit'];
        offset?: components['schemas']['common.pageQuery']['offset'];
        outcome?: components['schemas']['alert.alertQuery']['outcome'];
        sourceId?: components['schemas']['alert.alertQuery']['sourceId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['alert.alert'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAlertsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.alert'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAlertsIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.alert'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAlertsIdClear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.alert'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAlertsIdXml: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CAP document, byte for byte */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAlertsReport: {
    parameters: {
      query: {
        format?: components['schemas']['alert.reportQuery']['format'];
        from: components['schemas']['alert.reportQuery']['from'];
        until: components['schemas']['alert.reportQuery']['until'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input (the message and path name the field); or: refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getApprovals: {
    parameters: {
      query?: {
        entity?: components['schemas']['approval.filter']['entity'];
        limit?: components['schemas']['common.pageQuery']['limit'];
        offset?: components['schemas']['common.pageQuery']['offset'];
        state?: components['schemas']['approval.filter']['state'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['approval.summary'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAssets: {
    parameters: {
      query?: {
        limit?: components['schemas']['common.pageQuery']['limit'];
        offset?: components['schemas']['common.pageQuery']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['asset.stored'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAssets: {
    parameters: {
      query: {
        id?: components['schemas']['asset.uploadQuery']['id'];
        name: components['schemas']['asset.uploadQuery']['name'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
        'image/*': string;
        'video/*': string;
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['asset.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The image is larger than the decoded-pixel limit */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAssetsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['asset.stored'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putAssetsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['asset'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['asset.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteAssetsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAssetsIdThumbnail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      /** @description The requested byte range */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The requested byte range lies outside the file */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAudit: {
    parameters: {
      query?: {
        action?: components['schemas']['common.auditQuery']['action'];
        from?: components['schemas']['common.auditQuery']['from'];
        limit?: components['schemas']['common.pageQuery']['limit'];
        offset?: components['schemas']['common.pageQuery']['offset'];
        until?: components['schemas']['common.auditQuery']['until'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['report.auditEntry'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAuditExportCsv: {
    parameters: {
      query?: {
        action?: components['schemas']['common.auditQuery']['action'];
        from?: components['schemas']['common.auditQuery']['from'];
        until?: components['schemas']['common.auditQuery']['until'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audit log as CSV (UTF-8 with BOM) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['user.login'];
      };
    };
    responses: {
      /** @description Who is signed in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['user.me'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Wrong username, password or code; or: a credential was presented and is not valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description A write with a session lacks its CSRF token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Too many attempts: wait and try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description A write with a session lacks its CSRF token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getAuthMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who is signed in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['user.me'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAuthPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['user.passwordChange'];
      };
    };
    responses: {
      /** @description Changed; signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Too many attempts: wait and try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAuthTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['user.totpStart'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['user.totpSetup'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Too many attempts: wait and try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAuthTotpConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['user.totpConfirm'];
      };
    };
    responses: {
      /** @description The recovery codes, shown this once */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['user.recoveryCodes'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Too many attempts: wait and try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAuthTotpDisable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['user.totpConfirm'];
      };
    };
    responses: {
      /** @description The second factor is off */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Too many attempts: wait and try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postAuthTotpRecoveryCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['user.totpConfirm'];
      };
    };
    responses: {
      /** @description The recovery codes, shown this once */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['user.recoveryCodes'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Too many attempts: wait and try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getBlackouts: {
    parameters: {
      query?: {
        limit?: components['schemas']['common.limitQuery']['limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['override.blackout'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postBlackouts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['override.blackoutInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['override.blackout'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getBlackoutsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['override.blackout'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postBlackoutsIdLift: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['override.blackout'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postCap: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/cap+xml': string;
        'application/xml': string;
        'text/xml': string;
      };
    };
    responses: {
      /** @description The same alert (sender, identifier, sent) was already received; nothing changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.alert'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.alert'];
        };
      };
      /** @description Invalid input (the message and path name the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postCapPreview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/cap+xml': string;
        'application/xml': string;
        'text/xml': string;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['alert.alert'];
        };
      };
      /** @description Invalid input (the message and path name the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getDataSources: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['data.source'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postDataSources: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['data.sourceInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['data.sourceWithToken'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getDataSourcesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['data.source'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putDataSourcesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['data.sourceInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['data.source'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteDataSourcesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postDataSourcesIdPoll: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            at: components['schemas']['common.instant'];
            error?: string;
            /** @description The error as a code the console translates (also kept as the source’s lastErrorCode). */
            errorCode?: string;
            held: number;
            read: number;
            sourceId: components['schemas']['common.id'];
            stored: number;
          };
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postDataSourcesIdToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['data.sourceWithToken'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getDataSourcesIdValues: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['data.storedValue'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postDataSourcesIdValues: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['data.valuesInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['data.valuesReply'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getDataSourcesIdValuesHistory: {
    parameters: {
      query?: {
        limit?: components['schemas']['data.historyQuery']['limit'];
        path?: components['schemas']['data.historyQuery']['path'];
      };
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['data.storedValue'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getDataValues: {
    parameters: {
      query?: {
        limit?: components['schemas']['data.valueQuery']['limit'];
        sourceId?: components['schemas']['data.valueQuery']['sourceId'];
        state?: components['schemas']['data.valueQuery']['state'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['data.storedValue'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getDataValuesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['data.storedValue'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postDataValuesIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['data.storedValue'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postDataValuesIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['data.storedValue'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putDataValues: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['data.valuesInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['data.valuesReply'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getEmergencies: {
    parameters: {
      query?: {
        limit?: components['schemas']['common.limitQuery']['limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['override.emergency'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postEmergencies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['override.emergencyInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['override.emergency'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getEmergenciesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['override.emergency'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postEmergenciesIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['override.emergency'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postEmergenciesIdClear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['override.emergency'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getEmergenciesIdProofsScreenId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
        screenId: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PNG */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/png': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getFleet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many screens in scope are in each connectivity state. */
            counts: {
              [key: string]: number;
            };
            items: components['schemas']['webhook.fleetScreen'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getGates: {
    parameters: {
      query?: {
        limit?: components['schemas']['common.pageQuery']['limit'];
        offset?: components['schemas']['common.pageQuery']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['gate.stored'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postGates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['gate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['gate.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getGatesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['gate.stored'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putGatesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['gate'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['gate.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteGatesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getGatesIdCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['calendar.record'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putGatesIdCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['calendar.calendar'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['calendar.record'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postGatesIdCalendarApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['calendar.record'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postGatesIdCalendarDiscard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['calendar.record'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getGatesIdCalendarHolidays: {
    parameters: {
      query?: {
        year?: components['schemas']['calendar.holidaysQuery']['year'];
      };
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['calendar.holidaysReply'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getMessages: {
    parameters: {
      query?: {
        limit?: components['schemas']['common.pageQuery']['limit'];
        offset?: components['schemas']['common.pageQuery']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['message.stored'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postMessages: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['message'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['message.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getMessagesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['message.stored'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putMessagesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['message'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['message.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteMessagesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getMessagesIdApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postMessagesIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['approval'];
      };
    };
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getMessagesIdOnAir: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The screens it plays on, by gate */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.onAir'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postMessagesIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['approval.rejection'];
      };
    };
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postMessagesIdSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['approval.submission'];
      };
    };
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postOverridesPreview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['override.previewInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['override.preview'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getPlaylists: {
    parameters: {
      query?: {
        limit?: components['schemas']['common.pageQuery']['limit'];
        offset?: components['schemas']['common.pageQuery']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['playlist.stored'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postPlaylists: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['playlist'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['playlist.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getPlaylistsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['playlist.stored'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putPlaylistsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['playlist'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['playlist.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deletePlaylistsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getPlaylistsIdApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postPlaylistsIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['approval'];
      };
    };
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getPlaylistsIdOnAir: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The screens it plays on, by gate */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.onAir'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postPlaylistsIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['approval.rejection'];
      };
    };
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postPlaylistsIdSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['approval.submission'];
      };
    };
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getReportsAvailability: {
    parameters: {
      query: {
        from: components['schemas']['common.reportQuery']['from'];
        gateId?: components['schemas']['common.reportQuery']['gateId'];
        until: components['schemas']['common.reportQuery']['until'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['report.availabilityRow'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getReportsAvailabilityCsv: {
    parameters: {
      query: {
        from: components['schemas']['common.reportQuery']['from'];
        gateId?: components['schemas']['common.reportQuery']['gateId'];
        until: components['schemas']['common.reportQuery']['until'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Availability as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getReportsAvailabilityXlsx: {
    parameters: {
      query: {
        from: components['schemas']['common.reportQuery']['from'];
        gateId?: components['schemas']['common.reportQuery']['gateId'];
        until: components['schemas']['common.reportQuery']['until'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Availability as an .xlsx workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getReportsPlays: {
    parameters: {
      query: {
        from: components['schemas']['common.reportQuery']['from'];
        gateId?: components['schemas']['common.reportQuery']['gateId'];
        until: components['schemas']['common.reportQuery']['until'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['report.playReportRow'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getReportsPlaysCsv: {
    parameters: {
      query: {
        from: components['schemas']['common.reportQuery']['from'];
        gateId?: components['schemas']['common.reportQuery']['gateId'];
        until: components['schemas']['common.reportQuery']['until'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Proof of play as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getReportsPlaysXlsx: {
    parameters: {
      query: {
        from: components['schemas']['common.reportQuery']['from'];
        gateId?: components['schemas']['common.reportQuery']['gateId'];
        until: components['schemas']['common.reportQuery']['until'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Proof of play as an .xlsx workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getSchedules: {
    parameters: {
      query?: {
        limit?: components['schemas']['common.pageQuery']['limit'];
        offset?: components['schemas']['common.pageQuery']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['schedule.stored'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postSchedules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['schedule'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['schedule.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getSchedulesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['schedule.stored'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putSchedulesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['schedule'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['schedule.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteSchedulesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getSchedulesIdApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postSchedulesIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['approval'];
      };
    };
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getSchedulesIdOnAir: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The screens it plays on, by gate */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.onAir'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postSchedulesIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['approval.rejection'];
      };
    };
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postSchedulesIdSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['approval.submission'];
      };
    };
    responses: {
      /** @description Where the item stands now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['approval.status'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreens: {
    parameters: {
      query?: {
        limit?: components['schemas']['common.pageQuery']['limit'];
        offset?: components['schemas']['common.pageQuery']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['screen.stored'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postScreens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['screen'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['screen.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreensId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['screen.stored'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putScreensId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['screen'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['screen.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteScreensId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreensIdCommands: {
    parameters: {
      query?: {
        limit?: components['schemas']['common.limitQuery']['limit'];
      };
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['report.command'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postScreensIdCommands: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['report.commandInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['report.command'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreensIdData: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['player-events.screenLive'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postScreensIdEmergencyProofs: {
    parameters: {
      query: {
        emergency: components['schemas']['common.id'];
      };
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'image/png': string;
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['override.emergencyProof'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postScreensIdEnrolments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['enrolment'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['enrolment.created'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreensIdGeometry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['screen-geometry.state'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postScreensIdGeometryApply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['screen-geometry.applyInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['screen-geometry.state'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postScreensIdGeometryCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['screen-geometry.cancelInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['screen-geometry.preview'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postScreensIdGeometryPreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['screen-geometry.previewInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['screen-geometry.preview'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postScreensIdGeometryRestore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['screen-geometry.state'];
        };
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreensIdHeartbeat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['report.screenHeartbeat'] | null;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreensIdHeartbeats: {
    parameters: {
      query?: {
        from?: components['schemas']['report.historyQuery']['from'];
        until?: components['schemas']['report.historyQuery']['until'];
      };
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['report.heartbeatMinute'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreensIdManifest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['manifest'] | null;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postScreensIdPair: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['pairing'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['pairing.paired'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Too many attempts: wait and try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreensIdPlays: {
    parameters: {
      query?: {
        from?: components['schemas']['report.playQuery']['from'];
        limit?: components['schemas']['report.playQuery']['limit'];
        offset?: components['schemas']['report.playQuery']['offset'];
        until?: components['schemas']['report.playQuery']['until'];
      };
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['report.play'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreensIdScreenshotLatest: {
    parameters: {
      query?: {
        format?: 'png';
        id?: components['schemas']['common.id'];
      };
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The newest screenshot (null before the first); with ?format=png, its bytes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['report.screenshot'] | null;
          'image/png': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postScreensIdScreenshots: {
    parameters: {
      query: {
        command: components['schemas']['common.id'];
      };
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'image/png': string;
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['report.screenshot'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreensIdStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['device-token.screenStatus'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getScreensIdTokens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['device-token.token'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postScreensIdTokens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['device-token'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['device-token.created'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteScreensIdTokensTokenId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
        tokenId: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['user.apiToken'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['user.apiTokenInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['user.apiTokenCreated'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteTokensId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['user.stored'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['user'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['user.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getUsersId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['user.stored'];
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  putUsersId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['user'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['user.stored'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: a path parameter is not valid percent-encoding; the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteUsersId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getUsersIdAudit: {
    parameters: {
      query?: {
        limit?: components['schemas']['common.limitQuery']['limit'];
      };
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['report.auditEntry'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; a query parameter is not valid (the message and path name it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteUsersIdTotp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The second factor is off */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['webhook.webhook'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  postWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['webhook'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['webhook.webhook'];
        };
      };
      /** @description Invalid input (the message and path name the field); or: refused: the body is not valid json, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  deleteWebhooksId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding; the body is not valid JSON, or nests too deep */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope; or: a write with a session lacks its csrf token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Conflicts with the current state (in use, already exists, already done) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The body’s type, charset or encoding is not supported */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getWebhooksIdDeliveries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['schemas']['common.id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['webhook.delivery'][];
            limit: number;
            offset: number;
            total: number;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getHealthz: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            database: 'sqlite' | 'postgres';
            /** @constant */
            status: 'ok';
            uptimeSeconds: number;
            version: string;
          };
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A credential was presented and is not valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getMediaSha256: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sha256: components['schemas']['common.sha256'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      /** @description The requested byte range */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: a path parameter is not valid percent-encoding */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description No such entity (or not in the caller’s scope) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description The requested byte range lies outside the file */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
  getMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text format */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Not modified (If-None-Match) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
      /** @description Not allowed for this role or scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['common.errorReply'];
        };
      };
    };
  };
}

"""``qa-pipeline serve``: the web app for agents, QA specialists, trainers and admins.

``app.create_app(config, store)`` builds it; ``auth`` holds accounts, sessions and the audit
log (also used by ``qa-pipeline users``); ``access`` decides who sees which call.
Nothing is imported here, so that ``qa-pipeline users`` does not load the web framework.
"""

"""The Content-Security-Policy header (settings.CONTENT_SECURITY_POLICY) on every response."""

from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Add the policy to responses that do not set their own.

    Django's debug error pages (DEBUG only) style themselves inline: they are left
    without the header so that they stay readable.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = settings.CONTENT_SECURITY_POLICY
        debug_error = settings.DEBUG and response.status_code >= 400
        if policy and not debug_error and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = policy
        return response

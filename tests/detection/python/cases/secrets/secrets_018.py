from azure.storage.blob import BlobServiceClient

CONNECTION_STRING = (
    "DefaultEndpointsProtocol=https;AccountName=exampleexports;"
    "AccountKey=zuTAQFfDuKXMmsx99d1dz5D9TRObGnfzmvJwOW2GlDKXuStuibDRBoTla9BKwBowkU2SUJwoPXMzzus3D19cFd==;EndpointSuffix=core.windows.net"
)
blobs = BlobServiceClient.from_connection_string(CONNECTION_STRING)
